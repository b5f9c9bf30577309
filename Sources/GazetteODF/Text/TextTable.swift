/// A table of a text document: header rows repeated on every page, then the body rows.
struct TextTable {
    struct Cell {
        enum Content {
            case text(String)
            /// Points printed 1. 2. 3. (a plan's implementation points).
            case numbered([String])
        }

        var content: Content
        /// Figures are set flush right so that their digits line up.
        var isFigure = false
        var columnsSpanned = 1
        /// A table-contents style other than the plain one (e.g. indented by depth).
        var style: String?

        static func text(_ text: String, figure: Bool = false, spanning columns: Int = 1, style: String? = nil) -> Cell {
            Cell(content: .text(text), isFigure: figure, columnsSpanned: columns, style: style)
        }

        static let empty = Cell.text("")
    }

    /// Relative widths, one per column.
    var columnWidths: [Int]
    var width: String = TextStyles.portraitTextWidth
    var headerRows: [[Cell]]
    var rows: [[Cell]]

    /// The table's markup; `name` also names its automatic table and column styles.
    func xml(name: String, cellStyle: String, headerCellStyle: String) -> String {
        var xml = "<table:table table:name=\"\(name)\" table:style-name=\"\(name)\">"
        for index in columnWidths.indices {
            xml += "<table:table-column table:style-name=\"\(name).\(index + 1)\"/>"
        }
        xml += "<table:table-header-rows>"
        for row in headerRows { append(row, header: true, cellStyle: headerCellStyle, to: &xml) }
        xml += "</table:table-header-rows>"
        for row in rows { append(row, header: false, cellStyle: cellStyle, to: &xml) }
        return xml + "</table:table>"
    }

    private func append(_ row: [Cell], header: Bool, cellStyle: String, to xml: inout String) {
        xml += "<table:table-row>"
        for cell in row {
            xml += "<table:table-cell table:style-name=\"\(cellStyle)\""
            if cell.columnsSpanned > 1 { xml += " table:number-columns-spanned=\"\(cell.columnsSpanned)\"" }
            xml += " office:value-type=\"string\">"
            let style = header ? StyleName.tableHeading
                : cell.style ?? (cell.isFigure ? StyleName.tableFigure : StyleName.tableContents)
            switch cell.content {
            case .text(let text):
                xml += "<text:p text:style-name=\"\(style)\">\(ODFText.escape(text))</text:p>"
            case .numbered(let points):
                xml += "<text:list text:style-name=\"\(StyleName.numberedList)\">"
                for point in points {
                    xml += "<text:list-item><text:p text:style-name=\"\(style)\">\(ODFText.escape(point))</text:p></text:list-item>"
                }
                xml += "</text:list>"
            }
            xml += "</table:table-cell>"
            for _ in 1..<max(cell.columnsSpanned, 1) { xml += "<table:covered-table-cell/>" }
        }
        xml += "</table:table-row>"
    }
}
