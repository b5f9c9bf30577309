/// A regulation whose notices site.yml groups (`regulations`): the name its history page shows.
public struct Regulation: Sendable, Hashable {
    public var slug: String
    public var name: String

    public init(slug: String, name: String) {
        self.slug = slug
        self.name = name
    }
}
