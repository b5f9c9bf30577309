/// A kind of notice (法規, 行政規則, 令, 公告, 公示送達); site.yml order is table-of-contents order.
public struct Category: Sendable, Hashable {
    public var slug: String
    public var name: String
    /// For 公示送達: when its notices take effect.
    public var serviceRule: ServiceRule?
    /// The national classification codes of its notices, where a notice gives none.
    public var classification: NoticeClassification
    /// Where site.yml names it: the place to add what its pages lack.
    public var location: SourceLocation?

    public init(slug: String, name: String, serviceRule: ServiceRule? = nil,
                classification: NoticeClassification = NoticeClassification(), location: SourceLocation? = nil) {
        self.slug = slug
        self.name = name
        self.serviceRule = serviceRule
        self.classification = classification
        self.location = location
    }
}
