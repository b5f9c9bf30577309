/// A kind of notice (法規, 行政規則, 令, 公告, 公示送達); site.yml order is table-of-contents order.
public struct Category: Sendable, Hashable {
    public var slug: String
    public var name: String

    public init(slug: String, name: String) {
        self.slug = slug
        self.name = name
    }
}
