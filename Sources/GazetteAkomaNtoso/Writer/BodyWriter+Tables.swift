import GazetteDocument

extension BodyWriter {
    /// A data table: the header row of `th`, then the rows of `td`, each cell's text a paragraph.
    mutating func write(_ table: Table) {
        output.open("table", [("class", "data-table")])
        if let caption = table.caption { writeCaption(caption) }
        var rows = 0
        if !table.header.isEmpty {
            writeRow(table.header, cell: "th")
            rows += 1
        }
        for row in table.rows where !row.isEmpty {
            writeRow(row, cell: "td")
            rows += 1
        }
        if rows == 0 { writeEmptyRow() }
        output.close("table")
    }

    /// A comparison table (修正條文對照表): the column names, then rows of cells holding blocks,
    /// and the rows across every column (第一章　總則) as one `th` spanning them.
    mutating func write(_ table: ComparisonTable) {
        output.open("table", [("class", "comparison")])
        if let caption = table.caption { writeCaption(caption) }
        var rows = 0
        if !table.columns.isEmpty {
            output.open("tr")
            for column in table.columns {
                output.open("th")
                output.element("p", text: column)
                output.close("th")
            }
            output.close("tr")
            rows += 1
        }
        for row in table.rows {
            switch row {
            case .heading(let inlines):
                output.open("tr", [("class", "comparison-heading")])
                output.open("th", [("colspan", String(max(table.columns.count, 1)))])
                writeParagraph(inlines)
                output.close("th")
                output.close("tr")
                rows += 1
            case .cells(let cells) where !cells.isEmpty:
                output.open("tr")
                for blocks in cells {
                    output.open("td")
                    for block in blocks { writeBlock(block) }
                    output.close("td")
                }
                output.close("tr")
                rows += 1
            case .cells:
                continue
            }
        }
        if rows == 0 { writeEmptyRow() }
        output.close("table")
    }

    private mutating func writeCaption(_ caption: [Inline]) {
        output.open("caption", breaksLine: false)
        writeInlines(caption)
        output.close("caption")
    }

    private mutating func writeRow(_ cells: [[Inline]], cell: String) {
        output.open("tr")
        for inlines in cells {
            output.open(cell)
            writeParagraph(inlines)
            output.close(cell)
        }
        output.close("tr")
    }

    /// The schema wants a table to have a row and a row a cell.
    private mutating func writeEmptyRow() {
        output.open("tr")
        output.empty("td")
        output.close("tr")
    }
}
