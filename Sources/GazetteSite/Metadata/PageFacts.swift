import GazetteContent

/// What the national metadata rule asks a page to say of itself, besides its title and what
/// the site's publisher gives every page. Empty values are left out of the page and reported
/// by `gazette check` (`MetadataAudit`).
public struct PageFacts: Sendable {
    /// DC.Creator: the agencies that wrote it.
    public var creators: [String]
    /// DC.Subject.
    public var subjects: [String]
    /// DC.Description.
    public var description: String?
    /// DC.Contributor: the signers of a notice, or the agencies that took part.
    public var contributors: [String]
    /// DC.Type.
    public var type: String
    /// DC.Source: where it was first published.
    public var source: String?
    /// DC.Date.
    public var date: CivilDate?
    /// DC.coverage.t.min and DC.coverage.t.max: the days its content concerns.
    public var coverage: (from: CivilDate, to: CivilDate)?
    /// DC.Relation: absolute URLs of the resources it belongs to or names.
    public var relations: [String]
    /// DC.Keywords.
    public var keywords: [String]
    /// Category.Theme, Category.Cake and Category.Service.
    public var classification: NoticeClassification

    public init(creators: [String] = [], subjects: [String] = [], description: String? = nil,
                contributors: [String] = [], type: String, source: String? = nil, date: CivilDate? = nil,
                coverage: (from: CivilDate, to: CivilDate)? = nil, relations: [String] = [], keywords: [String] = [],
                classification: NoticeClassification = NoticeClassification()) {
        self.creators = creators
        self.subjects = subjects
        self.description = description
        self.contributors = contributors
        self.type = type
        self.source = source
        self.date = date
        self.coverage = coverage
        self.relations = relations
        self.keywords = keywords
        self.classification = classification
    }

    /// The days from the earliest to the latest of `dates`.
    public static func span(_ dates: [CivilDate]) -> (from: CivilDate, to: CivilDate)? {
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return (first, last)
    }
}
