/// One notice published in an issue: `gazette/<issue>/<slug>.md`.
public struct Notice: Sendable, Hashable {
    public var slug: String
    public var issueSlug: String
    public var title: String
    public var category: String
    public var agency: String
    public var number: String
    public var date: CivilDate
    public var tags: [String]
    public var summary: String?
    public var attachments: [Attachment]
    public var isDraft: Bool
    /// The Markdown after the front matter; see `NoticeBody` for when it is read.
    public var body: String {
        get { bodyStorage.value }
        set { bodyStorage = NoticeBody(text: newValue) }
    }
    var bodyStorage: NoticeBody
    public var sourcePath: String
    /// Line in the source file where the Markdown body starts, for messages about the body.
    public var bodyLine: Int
    /// Where the document number is written, so a duplicate can name both places.
    public var numberLocation: SourceLocation
    /// Changes whenever the source file or one of its attachments does: what incremental
    /// builds compare to decide that this notice's outputs must be made again.
    public var fingerprint: UInt64 = 0

    public init(slug: String, issueSlug: String, title: String, category: String, agency: String,
                number: String, date: CivilDate, tags: [String] = [], summary: String? = nil,
                attachments: [Attachment] = [], isDraft: Bool = false, body: String,
                sourcePath: String, bodyLine: Int = 1, numberLocation: SourceLocation? = nil) {
        self.slug = slug
        self.issueSlug = issueSlug
        self.title = title
        self.category = category
        self.agency = agency
        self.number = number
        self.date = date
        self.tags = tags
        self.summary = summary
        self.attachments = attachments
        self.isDraft = isDraft
        bodyStorage = NoticeBody(text: body)
        self.sourcePath = sourcePath
        self.bodyLine = bodyLine
        self.numberLocation = numberLocation ?? SourceLocation(path: sourcePath)
    }
}
