/// A notice's body as one tree of Gazette's own, made once by a reader (Markdown today) and
/// consumed by every writer (HTML, ODF, plain text), as pandoc's readers and writers share one AST.
public struct Document: Sendable, Hashable {
    public var blocks: [Block]

    public init(_ blocks: [Block] = []) {
        self.blocks = blocks
    }
}
