import CCmark
import GazetteDocument

/// GFM pipe tables, read from the raw lines of the paragraph libcmark made of them: a header
/// row, a delimiter row (`---`, `:---`, `---:`, `:---:`), then the body rows; `\|` is a pipe
/// inside a cell, cells hold inline Markdown, and a line `Table: …` just above is the caption.
enum PipeTableSyntax {
    static func blocks(ofParagraph node: OpaquePointer, lines: SourceLines, inlines: [Inline],
                       context: inout ReadingContext) -> [Block] {
        let first = Int(cmark_node_get_start_line(node))
        let last = max(first, Int(cmark_node_get_end_line(node)))
        let column = Int(cmark_node_get_start_column(node))
        let raw = (first...last).map { lines.line($0, contentColumn: column, isFirst: $0 == first) }
        guard let headerIndex = raw.indices.dropFirst().first(where: { isDelimiterRow(raw[$0].text) && raw[$0 - 1].text.contains("|") })
            .map({ $0 - 1 }) else {
            return [.paragraph(inlines)]
        }
        var blocks: [Block] = []
        var before = raw[..<headerIndex].map { String($0.text) }
        var caption: [Inline]?
        if let line = before.last, line.hasPrefix(captionPrefix) {
            caption = cellInlines(String(line.dropFirst(captionPrefix.count)).trimmingCharacters(in: " "), context: context)
            before.removeLast()
        }
        if !before.isEmpty {
            let text = before.joined(separator: "\n")
            blocks.append(.paragraph(paragraphInlines(parsing: text, context: context) ?? [.text(text)]))
        }
        let header = cells(raw[headerIndex].text)
        let delimiters = cells(raw[headerIndex + 1].text)
        let lineOf = { (index: Int) in first + index }
        guard delimiters.count == header.count else {
            context.report("table delimiter row has \(delimiters.count) cells but the header row has \(header.count); "
                           + "write one ---, :---, ---: or :---: between pipes for each of the \(header.count) columns",
                           line: lineOf(headerIndex + 1), column: raw[headerIndex + 1].column)
            return blocks + [.paragraph(inlines)]
        }
        var rows: [[[Inline]]] = []
        for index in (headerIndex + 2)..<raw.count {
            var row = cells(raw[index].text)
            if row.count != header.count {
                context.report("table row has \(row.count) cells but the header row has \(header.count); separate the "
                               + "\(header.count) cells of every row with '|', and write a pipe inside a cell as \\|",
                               line: lineOf(index), column: raw[index].column)
                row = Array((row + Array(repeating: "", count: max(0, header.count - row.count))).prefix(header.count))
            }
            rows.append(row.map { cellInlines($0, context: context) })
        }
        blocks.append(.table(Table(caption: caption, alignments: delimiters.map(alignment),
                                   header: header.map { cellInlines($0, context: context) }, rows: rows)))
        return blocks
    }

    static let captionPrefix = "Table:"

    static func isDelimiterRow(_ line: Substring) -> Bool {
        guard line.contains("|"), line.contains("-") else { return false }
        return cells(line).allSatisfy { cell in
            var body = Substring(cell)
            if body.hasPrefix(":") { body = body.dropFirst() }
            if body.hasSuffix(":") { body = body.dropLast() }
            return !body.isEmpty && body.allSatisfy { $0 == "-" }
        }
    }

    private static func alignment(_ delimiter: String) -> Table.Alignment {
        switch (delimiter.hasPrefix(":"), delimiter.hasSuffix(":")) {
        case (true, true): return .center
        case (true, false): return .left
        case (false, true): return .right
        case (false, false): return .none
        }
    }

    /// The cells of a row, trimmed, with `\|` made a pipe; the pipes at either end are optional.
    static func cells(_ line: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        var scalars = Substring(line.trimmingCharacters(in: " \t")).unicodeScalars[...]
        if scalars.first == "|" { scalars = scalars.dropFirst() }
        var sawContent = false
        for scalar in scalars {
            sawContent = true
            if escaped {
                if scalar != "|" { current.unicodeScalars.append("\\") }
                current.unicodeScalars.append(scalar)
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else if scalar == "|" {
                cells.append(current.trimmingCharacters(in: " \t"))
                current = ""
                sawContent = false
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if escaped { current.unicodeScalars.append("\\") }
        if sawContent { cells.append(current.trimmingCharacters(in: " \t")) }
        return cells
    }

    /// A cell's inline Markdown; plain words, as most cells are, are taken as they are.
    static func cellInlines(_ text: String, context: ReadingContext) -> [Inline] {
        guard !text.isEmpty else { return [] }
        guard text.utf8.contains(where: { "\\`*_[]<>&!~".utf8.contains($0) }) else { return [.text(text)] }
        return paragraphInlines(parsing: text, context: context) ?? [.text(text)]
    }

    /// The inlines of text that libcmark reads as one paragraph or heading; nil for other blocks.
    private static func paragraphInlines(parsing text: String, context: ReadingContext) -> [Inline]? {
        MarkdownDocument(text, options: context.allowsRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT).withRoot { root in
            guard let block = cmark_node_first_child(root),
                  [CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING].contains(cmark_node_get_type(block)) else { return nil }
            return ReadingContext.inlines(of: block, allowsRawHTML: context.allowsRawHTML)
        }
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        let scalars = set.unicodeScalars
        var view = Substring(self).unicodeScalars[...]
        while let first = view.first, scalars.contains(first) { view = view.dropFirst() }
        while let last = view.last, scalars.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
