import GazetteDocument

/// Pipe tables and comparison blocks, as PipeTableSyntax and ComparisonSyntax read them. A CSV
/// table comes back as a pipe table: the tree keeps its rows, not its file.
enum TableLines {
    static func table(_ table: Table) -> [String] {
        var lines: [String] = []
        if let caption = table.caption {
            lines.append(labelled(PipeTableSyntax.captionPrefix, inline(caption)))
        }
        var header = table.header.map(cell)
        // A header of dashes under a caption holding a pipe would be read as the delimiter row.
        if PipeTableSyntax.isDelimiterRow(Substring(row(header))) { header[0] = "\\" + header[0] }
        lines.append(row(header))
        lines.append(row(table.header.indices.map { delimiter($0 < table.alignments.count ? table.alignments[$0] : .none) }))
        lines += table.rows.map { row($0.map(cell)) }
        return lines
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    private static func delimiter(_ alignment: Table.Alignment) -> String {
        switch alignment {
        case .none: return "---"
        case .left: return ":---"
        case .right: return "---:"
        case .center: return ":---:"
        }
    }

    /// A pipe-table cell: the row is split at its pipes before the cell is read, so every pipe
    /// in the cell, in code spans too, is `\|`, which the split turns back into a pipe.
    private static func cell(_ inlines: [Inline]) -> String {
        escapingPipes(InlineWriter(escapesPipes: false, isOneLine: true).write(inlines))
    }

    private static func escapingPipes(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "|" { escaped += "\\" }
            escaped.append(character)
        }
        return escaped
    }

    /// Caption and heading-row text, read as one line of inline Markdown.
    private static func inline(_ inlines: [Inline]) -> String {
        InlineWriter(isOneLine: true).write(inlines)
    }

    private static func labelled(_ label: String, _ text: String) -> String {
        text.isEmpty ? label : label + " " + text
    }

    static func comparison(_ table: ComparisonTable) -> [String] {
        var lines: [String] = []
        if let caption = table.caption { lines.append(labelled("caption:", inline(caption))) }
        // Column names are split at pipes and not read as Markdown: only a pipe is escaped.
        lines.append("columns: " + table.columns.map(escapingPipes).joined(separator: " | "))
        for row in table.rows {
            lines.append("---")
            switch row {
            case .heading(let inlines):
                // The reader takes a row for a heading by its `# `, even with nothing after it.
                lines.append("# " + inline(inlines))
            case .cells(let cells):
                for (index, cell) in cells.enumerated() {
                    if index > 0 { lines.append("|") }
                    lines += BlockLines.lines(of: cell)
                }
            }
        }
        let longest = lines.flatMap { LinkSyntax.backtickRuns(in: $0) }.max() ?? 0
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return [fence + "comparison"] + lines + [fence]
    }

}
