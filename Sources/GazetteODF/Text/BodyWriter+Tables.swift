import GazetteDocument

/// Data and comparison tables as ODF tables whose header row repeats on every printed page.
/// Their automatic styles are named by what they hold (one table style, a column style per
/// relative width), so the same name means the same style in every body of every document.
extension BodyWriter {
    static let tableStyle = "BodyTable"

    static func columnStyle(weight: Int) -> String { "BodyColumn\(weight)" }

    mutating func write(_ table: Table) {
        if let caption = table.caption { paragraph(caption, style: StyleName.tableCaption) }
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return }
        guard listDepth == 0 else {
            for row in [table.header] + table.rows { line(row.map { .paragraph($0) }) }
            return
        }
        openTable(weights: (0..<columns).map { column in
            Self.weight(of: ([table.header] + table.rows).map { column < $0.count ? $0[column].plainText : "" })
        })
        xml += "<table:table-header-rows><table:table-row>"
        for column in 0..<columns {
            cell(header: true) { writer in
                writer.paragraph(column < table.header.count ? table.header[column] : [], style: StyleName.tableHeading)
            }
        }
        xml += "</table:table-row></table:table-header-rows>"
        for row in table.rows {
            xml += "<table:table-row>"
            for column in 0..<columns {
                cell(header: false) { writer in
                    writer.paragraph(column < row.count ? row[column] : [], style: Self.contentStyle(of: table, column: column))
                }
            }
            xml += "</table:table-row>"
        }
        xml += "</table:table>"
    }

    mutating func write(_ table: ComparisonTable) {
        if let caption = table.caption { paragraph(caption, style: StyleName.tableCaption) }
        let columns = max(table.columns.count, table.rows.map { row in
            if case .cells(let cells) = row { cells.count } else { 0 }
        }.max() ?? 0)
        guard columns > 0 else { return }
        guard listDepth == 0 else {
            line(table.columns.map { .paragraph([.text($0)]) })
            for row in table.rows {
                switch row {
                case .heading(let inlines): paragraph(inlines, style: paragraphStyle)
                case .cells(let cells): write(cells.flatMap { $0 })
                }
            }
            return
        }
        openTable(weights: Array(repeating: 1, count: columns))
        xml += "<table:table-header-rows><table:table-row>"
        for column in 0..<columns {
            cell(header: true) { writer in
                writer.paragraph(column < table.columns.count ? [.text(table.columns[column])] : [], style: StyleName.tableHeading)
            }
        }
        xml += "</table:table-row></table:table-header-rows>"
        for row in table.rows {
            xml += "<table:table-row>"
            switch row {
            case .heading(let inlines):
                cell(header: false, spanning: columns) { writer in writer.paragraph(inlines, style: StyleName.comparisonHeading) }
            case .cells(let cells):
                for column in 0..<columns {
                    cell(header: false) { writer in
                        writer.cellDepth += 1
                        writer.write(column < cells.count ? cells[column] : [])
                        writer.cellDepth -= 1
                    }
                }
            }
            xml += "</table:table-row>"
        }
        xml += "</table:table>"
    }

    /// A table cannot stand in a list item in ODF: there, each row is a line of its own, its cells
    /// one after the other.
    private mutating func line(_ cells: [Block]) {
        var inlines: [Inline] = []
        for case .paragraph(let cell) in cells {
            if !inlines.isEmpty { inlines.append(.text("\u{3000}")) }
            inlines += cell
        }
        paragraph(inlines, style: paragraphStyle)
    }

    private mutating func openTable(weights: [Int]) {
        tableCount += 1
        styles.add(Self.tableStyle) {
            StyleXML.style(Self.tableStyle, family: "table", parent: StyleName.table,
                           table: "style:width=\"\(TextStyles.portraitTextWidth)\" table:align=\"margins\"")
        }
        TableCellStyles.add(to: &styles)
        xml += "<table:table table:name=\"\(ODFText.escape(namePrefix + "-表" + String(tableCount)))\" table:style-name=\"\(Self.tableStyle)\">"
        for weight in weights {
            let name = Self.columnStyle(weight: weight)
            styles.add(name) { StyleXML.style(name, family: "table-column", column: "style:rel-column-width=\"\(weight)*\"") }
            xml += "<table:table-column table:style-name=\"\(name)\"/>"
        }
    }

    /// A cell holding what `content` writes, and at least an empty paragraph.
    private mutating func cell(header: Bool, spanning columns: Int = 1, _ content: (inout BodyWriter) -> Void) {
        xml += "<table:table-cell table:style-name=\"\(header ? TableCellStyles.headerCell : TableCellStyles.cell)\""
        if columns > 1 { xml += " table:number-columns-spanned=\"\(columns)\"" }
        xml += " office:value-type=\"string\">"
        let start = xml.utf8.count
        content(&self)
        if xml.utf8.count == start { xml += "<text:p text:style-name=\"\(StyleName.tableContents)\"/>" }
        xml += "</table:table-cell>"
        for _ in 1..<max(columns, 1) { xml += "<table:covered-table-cell/>" }
    }

    private static func contentStyle(of table: Table, column: Int) -> String {
        if table.numericColumns.contains(column) { return StyleName.tableFigure }
        switch column < table.alignments.count ? table.alignments[column] : .none {
        case .none, .left: return StyleName.tableContents
        case .center: return StyleName.tableCentered
        case .right: return StyleName.tableRight
        }
    }

    /// A column's share of the width: its longest text, counting a Chinese character as two
    /// Latin ones, within bounds so that a short column stays legible and a long one wraps.
    private static func weight(of texts: [String]) -> Int {
        let widest = texts.map { text in text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) } }.max() ?? 0
        return min(max(widest, 4), 30)
    }
}
