/// The 實施要領 cell: a list numbered 1., 2., … or one unnumbered paragraph.
public enum ImplementationPoints: Sendable, Hashable {
    /// Point *n* is printed with the ordinal `n.`.
    case numbered([String])
    case paragraph(String)

    /// Every sentence of the cell, in order.
    public var texts: [String] {
        switch self {
        case .numbered(let points): return points
        case .paragraph(let text): return [text]
        }
    }
}
