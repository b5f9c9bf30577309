/// A publishing agency (發文機關).
public struct Agency: Sendable, Hashable {
    public var slug: String
    public var name: String

    public init(slug: String, name: String) {
        self.slug = slug
        self.name = name
    }
}
