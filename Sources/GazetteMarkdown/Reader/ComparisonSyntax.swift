import GazetteDocument

/// A comparison table (修正條文對照表, 勘誤表) in a fenced block, so that any Markdown previewer
/// still shows its text:
///
///     ```comparison
///     caption: 高雄市某自治條例部分條文修正條文對照表
///     columns: 修正條文 | 現行條文 | 說明
///     ---
///     # 第一章　總則
///     ---
///     第三條　amended text
///     |
///     第三條　current text
///     |
///     一、explanation
///     ```
///
/// `---` lines separate rows and `|` lines separate the cells of a row; a row that is one
/// `# ` line is a heading row; a cell may be empty or hold any Markdown. The first two columns
/// are compared and their differences marked.
enum ComparisonSyntax {
    static let keys = ["caption", "columns"]

    static func block(literal: String, fenceLine: Int, column: Int, context: inout ReadingContext) -> [Block] {
        let lines = literal.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        // Line i of the literal is line fenceLine + 1 + i of the body.
        let lineNumber = { (index: Int) in fenceLine + 1 + index }
        let header = BlockHeader(lines, keys: keys, what: "a comparison table", fenceLine: fenceLine, column: column, context: &context)
        let caption = header.values["caption"].map { PipeTableSyntax.cellInlines($0, context: context) }
        let columns = header.values["columns"].map { PipeTableSyntax.cells(Substring($0)) } ?? []
        guard columns.count >= 2, !columns.contains(where: \.isEmpty) else {
            context.report("a comparison table needs a line 'columns:' naming at least two columns before its first '---', "
                           + "e.g. columns: 修正條文 | 現行條文 | 說明", line: fenceLine, column: column)
            return []
        }
        var rows: [ComparisonTable.Row] = []
        var rowStart = header.bodyStart
        var rowLines: [Int] = []
        func finishRow() {
            defer { rowLines = [] }
            let content = rowLines.filter { !lines[$0].trimmingCharacters(in: " \t").isEmpty }
            guard !content.isEmpty else { return }
            if content.count == 1, lines[content[0]].hasPrefix("# ") {
                rows.append(.heading(PipeTableSyntax.cellInlines(String(lines[content[0]].dropFirst(2)).trimmingCharacters(in: " \t"),
                                                                context: context)))
                return
            }
            var cells: [[Int]] = [[]]
            for line in rowLines {
                if lines[line].trimmingCharacters(in: " \t") == "|" { cells.append([]) } else { cells[cells.count - 1].append(line) }
            }
            if cells.count != columns.count {
                context.report("comparison row has \(cells.count) cells but the table has \(columns.count) columns "
                               + "(\(columns.joined(separator: ", "))); separate the cells of a row with a line holding only '|', "
                               + "and leave a cell empty rather than out", line: lineNumber(rowStart), column: column)
                cells = Array((cells + Array(repeating: [], count: max(0, columns.count - cells.count))).prefix(columns.count))
            }
            let blocks = cells.map { cellLines in
                guard let first = cellLines.first else { return [Block]() }
                var cellContext = ReadingContext(allowsRawHTML: context.allowsRawHTML, recognisesArticles: false)
                cellContext.lineOffset = context.lineOffset + lineNumber(first) - 1
                cellContext.depth = context.depth + 1
                cellContext.attachment = context.attachment
                let read = cellContext.read(cellLines.map { String(lines[$0]) }.joined(separator: "\n"))
                context.problems += cellContext.problems
                return read
            }
            rows.append(.cells(ChangeMarks.marked(blocks)))
        }
        var index = header.bodyStart
        while index < lines.count {
            if lines[index].trimmingCharacters(in: " \t") == "---" {
                finishRow()
                rowStart = index + 1
            } else {
                rowLines.append(index)
            }
            index += 1
        }
        finishRow()
        return [.comparison(ComparisonTable(caption: caption, columns: columns, rows: rows))]
    }
}
