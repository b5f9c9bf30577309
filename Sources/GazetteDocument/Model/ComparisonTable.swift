/// One kind of block for 修正條文對照表, 修正草案條文對照表 and 勘誤表: columns the editor
/// names, whose first two (the amended and the current text) are compared.
public struct ComparisonTable: Sendable, Hashable {
    public enum Row: Sendable, Hashable {
        /// A row across every column, such as a chapter name (第一章　總則).
        case heading([Inline])
        case cells([[Block]])
    }

    public var caption: [Inline]?
    public var columns: [String]
    public var rows: [Row]

    public init(caption: [Inline]? = nil, columns: [String], rows: [Row]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}
