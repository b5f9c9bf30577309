/// One signer of a notice's signature block: `title: 市長`, `name: 王大明`.
public struct Signer: Sendable, Hashable {
    /// As the editor spaced it: `市　　長` prints as written.
    public var title: String
    public var name: String

    public init(title: String, name: String) {
        self.title = title
        self.name = name
    }
}
