/// A publishing agency (發文機關).
public struct Agency: Sendable, Hashable {
    public var slug: String
    public var name: String
    /// The national classification codes of its notices, where neither a notice nor its category gives them.
    public var classification: NoticeClassification
    /// Where site.yml names it: the place to add what its pages lack.
    public var location: SourceLocation?

    public init(slug: String, name: String, classification: NoticeClassification = NoticeClassification(),
                location: SourceLocation? = nil) {
        self.slug = slug
        self.name = name
        self.classification = classification
        self.location = location
    }
}
