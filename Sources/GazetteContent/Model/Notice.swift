import GazetteDocument

/// One notice published in an issue: `gazette/<issue>/<slug>.md`.
public struct Notice: Sendable, Hashable {
    public var slug: String
    public var issueSlug: String
    public var title: String
    public var category: String
    /// The first issuing agency; a joint notice has more in `agencies`.
    public var agency: String
    /// The first document number; a joint notice has one per agency in `numbers`.
    public var number: String
    /// Every issuing agency, `agency` first.
    public var agencies: [String]
    /// Every document number, `number` first; each has its own short link.
    public var numbers: [String]
    /// The signature block: one signer per agency of a joint notice, and the delegation line.
    public var signers: [Signature.Signer]
    public var delegation: String?
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
    /// Where each of `numbers` is written.
    public var numberLocations: [SourceLocation]
    /// Changes whenever the source file or one of its attachments does: what incremental
    /// builds compare to decide that this notice's outputs must be made again.
    public var fingerprint: UInt64 = 0

    public init(slug: String, issueSlug: String, title: String, category: String, agency: String,
                number: String, date: CivilDate, tags: [String] = [], summary: String? = nil,
                attachments: [Attachment] = [], isDraft: Bool = false, body: String,
                sourcePath: String, bodyLine: Int = 1, numberLocation: SourceLocation? = nil,
                agencies: [String]? = nil, numbers: [String]? = nil, numberLocations: [SourceLocation]? = nil,
                signers: [Signature.Signer] = [], delegation: String? = nil) {
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
        self.agencies = agencies ?? [agency]
        self.numbers = numbers ?? [number]
        self.numberLocations = numberLocations ?? Array(repeating: self.numberLocation, count: self.numbers.count)
        self.signers = signers
        self.delegation = delegation
    }
}
