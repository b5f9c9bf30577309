/// A bordered table laid out on its grid: each `<td>` placed where browsers place it, taking its
/// `rowspan` and `colspan` into account. A merged cell keeps its text in its first row and column;
/// the positions it covers are empty, so each row keeps its printed length and order.
struct TableGrid {
    struct Cell {
        var node: HTMLNode?
        /// Whether the cell spans every column of its row: a caption or a heading across the table.
        var spansRow = false
    }

    private(set) var rows: [[Cell]] = []

    /// Real forms merge a few cells; a hostile span cannot make a grid larger than this.
    static let spanLimit = 256

    init(_ table: HTMLNode) {
        var covered: [Int: Set<Int>] = [:]
        for (rowIndex, row) in Self.rows(of: table).enumerated() {
            var cells: [Cell] = []
            var column = 0
            for cell in row.children where cell.isElement && (cell.name == "td" || cell.name == "th") {
                while covered[rowIndex]?.contains(column) == true {
                    cells.append(Cell())
                    column += 1
                }
                let columns = Self.span(cell, "colspan")
                let rows = Self.span(cell, "rowspan")
                cells.append(Cell(node: cell))
                cells += Array(repeating: Cell(), count: columns - 1)
                for extra in 1..<max(rows, 1) {
                    covered[rowIndex + extra, default: []].formUnion(column..<(column + columns))
                }
                column += columns
            }
            while covered[rowIndex]?.contains(column) == true {
                cells.append(Cell())
                column += 1
            }
            rows.append(cells)
        }
        let width = rows.map(\.count).max() ?? 0
        for index in rows.indices {
            rows[index] += Array(repeating: Cell(), count: width - rows[index].count)
            guard width > 1, let first = rows[index].first?.node else { continue }
            let filled = rows[index].filter { $0.node != nil }.count
            rows[index][0].spansRow = filled == 1 && Self.span(first, "colspan") >= width
        }
    }

    /// The table's own rows, in `thead`, `tbody` and `tfoot` or directly under it, not those of
    /// tables nested in its cells.
    private static func rows(of table: HTMLNode) -> [HTMLNode] {
        var rows: [HTMLNode] = []
        for child in table.children where child.isElement {
            switch child.name {
            case "tr":
                rows.append(child)
            case "thead", "tbody", "tfoot":
                rows += child.children.filter { $0.isElement && $0.name == "tr" }
            default:
                continue
            }
        }
        return rows
    }

    private static func span(_ cell: HTMLNode, _ attribute: String) -> Int {
        guard let text = cell.attribute(attribute), let value = Int(String(text.filter(\.isNumber).prefix(6))) else { return 1 }
        return min(max(value, 1), spanLimit)
    }
}
