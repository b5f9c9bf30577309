/// A block of a body. Markdown's blocks, and the constructs of real gazettes that CommonMark
/// does not know: legal numbering, articles, data and comparison tables, the signature block.
public indirect enum Block: Sendable, Hashable {
    case paragraph([Inline])
    case heading(level: Int, [Inline])
    case list(List)
    case legalList(LegalList)
    case article(Article)
    case table(Table)
    case comparison(ComparisonTable)
    case quote([Block])
    case code(String, info: String)
    /// Kept only when the site allows raw HTML; readers drop it otherwise.
    case rawHTML(String)
    case thematicBreak
    case signature(Signature)
}

/// A Markdown list (`-` or `1.`).
public struct List: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case bullet
        case ordered(start: Int)
    }

    public var kind: Kind
    /// A tight list's items are written without paragraph breaks, as CommonMark says.
    public var isTight: Bool
    public var items: [[Block]]

    public init(kind: Kind, isTight: Bool, items: [[Block]]) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
    }
}
