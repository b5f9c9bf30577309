/// An article of a regulation (第三條, 第十一條之一) with its paragraphs (項) and items (款).
public struct Article: Sendable, Hashable {
    /// As printed, e.g. `第十一條之一`.
    public var number: String
    /// Stable fragment id, unique in the body: `a3`, `a11-1`.
    public var id: String
    /// The first paragraph holds the text after the number; each further paragraph is a 項.
    public var blocks: [Block]

    public init(number: String, id: String, blocks: [Block]) {
        self.number = number
        self.id = id
        self.blocks = blocks
    }
}
