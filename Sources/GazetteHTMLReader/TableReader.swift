import GazetteDocument

/// Reads a bordered table as a comparison table when its column names pair a new text with the
/// old one (修正條文｜現行條文, 更正後文字｜原列文字), and as a data table otherwise. Its
/// `<caption>`, or else a first row that is one cell across the table, is its caption.
struct TableReader {
    private(set) var droppedImages = 0

    /// Nil for a table without a cell, which shows nothing.
    mutating func read(_ table: HTMLNode) -> Block? {
        let grid = TableGrid(table)
        var rows = grid.rows
        guard rows.first?.isEmpty == false else { return nil }
        // Word writes no <caption>: its caption is a first row across the table. Gazette's own
        // HTML (the EY exchange export) writes <caption>.
        var caption: [Inline]? = table.children.first { $0.isElement && $0.name == "caption" }
            .map { cellInlines(TableGrid.Cell(node: $0)) }
        if caption == nil, rows.count > 1, rows[0].first?.spansRow == true {
            caption = cellInlines(rows.removeFirst()[0])
        }
        guard let header = rows.first else { return nil }
        let headerInlines = header.map { cellInlines($0) }
        let groups = Self.columnGroups(header)
        let names = groups.map { headerInlines[$0.lowerBound].plainText }
        if ComparisonColumns.pairsNewWithOld(names) {
            return .comparison(comparison(caption: caption, columns: names, groups: groups, rows: rows.dropFirst()))
        }
        let body = rows.dropFirst().map { row in row.map { cellInlines($0) } }
        return .table(Table(caption: caption, alignments: Array(repeating: .none, count: header.count),
                            header: headerInlines, rows: Array(body)))
    }

    /// A comparison's column is what its name spans: real tables split a side into sub-columns
    /// (修正規定 over three), whose cells are read as one cell, left to right.
    private mutating func comparison(caption: [Inline]?, columns: [String], groups: [Range<Int>],
                                     rows: ArraySlice<[TableGrid.Cell]>) -> ComparisonTable {
        let structure = LegalStructure(recognisesArticles: false)
        let compared = rows.map { row -> ComparisonTable.Row in
            if row.first?.spansRow == true { return .heading(cellInlines(row[0])) }
            let cells = groups.map { group in structure.apply(to: group.flatMap { cellBlocks(row[$0]) }) }
            // Marked as the Markdown reader marks them, so that the two readers give one tree.
            return .cells(ChangeMarks.marked(cells))
        }
        return ComparisonTable(caption: caption, columns: columns, rows: compared)
    }

    /// The columns each header cell spans: from one named cell to the next.
    private static func columnGroups(_ header: [TableGrid.Cell]) -> [Range<Int>] {
        var starts = header.indices.filter { header[$0].node != nil }
        if starts.first != 0 { starts.insert(0, at: 0) }
        return starts.indices.map { index in
            starts[index]..<(index + 1 < starts.count ? starts[index + 1] : header.count)
        }
    }

    private mutating func cellBlocks(_ cell: TableGrid.Cell) -> [Block] {
        guard let node = cell.node else { return [] }
        var collector = BlockCollector()
        collector.readsTables = false
        for child in node.children { collector.visit(child) }
        let blocks = collector.finish()
        droppedImages += collector.droppedImages
        return blocks.map { block in
            if case .heading(_, let inlines) = block { return .paragraph(inlines) }
            return block
        }
    }

    /// A data cell is one line of text: its paragraphs are joined by a space.
    private mutating func cellInlines(_ cell: TableGrid.Cell) -> [Inline] {
        var inlines: [Inline] = []
        for block in cellBlocks(cell) {
            if !inlines.isEmpty { inlines.append(.text(" ")) }
            inlines += Self.oneLine(block.inlines)
        }
        return ParagraphText.merged(inlines)
    }

    /// Line breaks as spaces, in links too.
    private static func oneLine(_ inlines: [Inline]) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .lineBreak: .text(" ")
            case .link(let url, let title, let text): .link(url: url, title: title, ParagraphText.merged(oneLine(text)))
            default: inline
            }
        }
    }
}
