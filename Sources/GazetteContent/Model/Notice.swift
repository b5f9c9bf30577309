import GazetteDocument

/// One notice published in an issue: `gazette/<issue>/<slug>.md`.
public struct Notice: Sendable, Hashable {
    public var slug: String
    public var issueSlug: String
    public var title: String
    /// The English title (`titleEnglish`), shown under the title.
    public var titleEnglish: String?
    public var category: String
    /// The category's sub-type as the source system names it (`subtype`, e.g. 公示送達).
    public var subtype: String?
    /// The first issuing agency; a joint notice has more in `agencies`.
    public var agency: String
    /// The first document number, "" for a notice without one; a joint notice has one per
    /// agency in `numbers`.
    public var number: String
    /// Every issuing agency, `agency` first.
    public var agencies: [String]
    /// Every document number, `number` first; empty for a notice without a number. Each has a
    /// short link, which leads to the earliest notice with that number.
    public var numbers: [String]
    /// `republication: true`: this notice publishes again a document an earlier notice published
    /// under the same numbers, so its numbers may repeat that notice's.
    public var isRepublication: Bool
    /// The signature block: one signer per agency of a joint notice, and the delegation line.
    public var signers: [Signature.Signer]
    public var delegation: String?
    public var date: CivilDate
    public var tags: [String]
    public var summary: String?
    public var attachments: [Attachment]
    public var isDraft: Bool
    /// Where an imported notice comes from (`source`).
    public var source: NoticeSource?
    public var classification: NoticeClassification
    public var lifecycle: NoticeLifecycle
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
    /// Where `republication` is written: the place to say that no earlier notice has the numbers.
    public var republicationLocation: SourceLocation
    /// Changes whenever the source file or one of its attachments does: what incremental
    /// builds compare to decide that this notice's outputs must be made again.
    public var fingerprint: UInt64 = 0

    public init(slug: String, issueSlug: String, title: String, category: String, agency: String,
                number: String, date: CivilDate, tags: [String] = [], summary: String? = nil,
                attachments: [Attachment] = [], isDraft: Bool = false, body: String,
                sourcePath: String, bodyLine: Int = 1, numberLocation: SourceLocation? = nil,
                agencies: [String]? = nil, numbers: [String]? = nil, numberLocations: [SourceLocation]? = nil,
                signers: [Signature.Signer] = [], delegation: String? = nil, titleEnglish: String? = nil,
                subtype: String? = nil, isRepublication: Bool = false, republicationLocation: SourceLocation? = nil,
                source: NoticeSource? = nil, classification: NoticeClassification = NoticeClassification(),
                lifecycle: NoticeLifecycle = NoticeLifecycle()) {
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
        self.numbers = numbers ?? (number.isEmpty ? [] : [number])
        self.numberLocations = numberLocations ?? Array(repeating: self.numberLocation, count: self.numbers.count)
        self.signers = signers
        self.delegation = delegation
        self.titleEnglish = titleEnglish
        self.subtype = subtype
        self.isRepublication = isRepublication
        self.republicationLocation = republicationLocation ?? SourceLocation(path: sourcePath)
        self.source = source
        self.classification = classification
        self.lifecycle = lifecycle
    }
}
