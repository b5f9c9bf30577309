import CCmark
import GazetteMarkdown

/// Reads the Markdown of summary.md and of a 實施要領 cell: one ordered list numbered 1…n whose
/// points are each one paragraph of plain text, or, where allowed, a single paragraph.
struct PointsMarkdown {
    /// A problem at a place in the Markdown text (1-based line, column in Unicode scalars).
    struct Finding {
        var line: Int
        var column: Int
        var problem: PlanProblem
    }

    let markdown: String
    /// How messages name the text: "summary.md", "points".
    let what: String
    let allowsParagraph: Bool

    func read() -> (ImplementationPoints?, [Finding]) {
        guard markdown.contains(where: { !$0.isWhitespace }) else {
            return (nil, [Finding(line: 1, column: 1, problem: .markdownEmpty(what: what))])
        }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        return MarkdownDocument(markdown).withRoot { root in
            var reading = MarkdownReading(lines: lines)
            let points = reading.document(root, what: what, allowsParagraph: allowsParagraph)
            return (reading.findings.isEmpty ? points : nil, reading.findings)
        }
    }
}

private struct MarkdownReading {
    let lines: [Substring]
    var findings: [PointsMarkdown.Finding] = []

    init(lines: [Substring]) {
        self.lines = lines
    }

    mutating func document(_ root: OpaquePointer, what: String, allowsParagraph: Bool) -> ImplementationPoints? {
        guard let first = cmark_node_first_child(root) else {
            report(.markdownEmpty(what: what), at: root)
            return nil
        }
        var extra = cmark_node_next(first)
        while let block = extra {
            report(.markdownExtraBlock(what: what), at: block)
            extra = cmark_node_next(block)
        }
        switch cmark_node_get_type(first) {
        case CMARK_NODE_LIST where cmark_node_get_list_type(first) == CMARK_ORDERED_LIST:
            return list(first).map(ImplementationPoints.numbered)
        case CMARK_NODE_LIST:
            report(.markdownBulletList(what: what), at: first)
        case CMARK_NODE_PARAGRAPH where allowsParagraph:
            guard let text = paragraph(first) else { return nil }
            if Self.looksNumbered(text) {
                report(.markdownNotAList(what: what), at: first)
                return nil
            }
            return .paragraph(text)
        default:
            report(.markdownNotAList(what: what), at: first)
        }
        return nil
    }

    private mutating func list(_ list: OpaquePointer) -> [String]? {
        let start = Int(cmark_node_get_list_start(list))
        var failed = start != 1
        if failed { report(.markdownListStart(found: start), at: list) }
        var points: [String] = []
        var expected = 1
        var node = cmark_node_first_child(list)
        while let item = node {
            if expected > 1, let number = writtenNumber(of: item), number != expected {
                report(.markdownNumbering(found: number, expected: expected), at: item)
                failed = true
            }
            if let text = itemText(item) { points.append(text) } else { failed = true }
            expected += 1
            node = cmark_node_next(item)
        }
        return failed ? nil : points
    }

    private mutating func itemText(_ item: OpaquePointer) -> String? {
        guard let child = cmark_node_first_child(item) else {
            report(.markdownEmpty(what: "a point"), at: item)
            return nil
        }
        guard cmark_node_get_type(child) == CMARK_NODE_PARAGRAPH else {
            report(.markdownItemShape, at: child)
            return nil
        }
        if let next = cmark_node_next(child) {
            report(.markdownItemShape, at: next)
            return nil
        }
        return paragraph(child)
    }

    /// The paragraph's text; a wrapped line joins without a space unless both sides are Latin.
    private mutating func paragraph(_ paragraph: OpaquePointer) -> String? {
        var text = ""
        var pendingBreak = false
        var failed = false
        var node = cmark_node_first_child(paragraph)
        while let inline = node {
            switch cmark_node_get_type(inline) {
            case CMARK_NODE_TEXT:
                let literal = cmark_node_get_literal(inline).map { String(cString: $0) } ?? ""
                if pendingBreak, let last = text.unicodeScalars.last, let next = literal.unicodeScalars.first,
                   last.isASCII, next.isASCII {
                    text += " "
                }
                pendingBreak = false
                text += literal
            case CMARK_NODE_SOFTBREAK:
                pendingBreak = true
            case let type:
                report(.markdownFormatting(Self.name(of: type)), at: inline, fallback: paragraph)
                failed = true
            }
            node = cmark_node_next(inline)
        }
        return failed ? nil : text
    }

    /// The number written before an item's marker, read from the source since libcmark keeps only the list's start.
    private func writtenNumber(of item: OpaquePointer) -> Int? {
        let line = Int(cmark_node_get_start_line(item))
        let column = Int(cmark_node_get_start_column(item))
        guard line >= 1, line <= lines.count else { return nil }
        let bytes = lines[line - 1].utf8.dropFirst(max(column - 1, 0)).drop { $0 == 0x20 }
        let digits = bytes.prefix { (48...57).contains($0) }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    private static func looksNumbered(_ text: String) -> Bool {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let next = text.dropFirst(digits.count).first else { return false }
        return next == "." || next == ")"
    }

    private static func name(of type: cmark_node_type) -> String {
        switch type {
        case CMARK_NODE_EMPH: return "emphasis (*…* or _…_)"
        case CMARK_NODE_STRONG: return "strong emphasis (**…**)"
        case CMARK_NODE_CODE: return "code span (`…`)"
        case CMARK_NODE_LINK: return "link ([…](…))"
        case CMARK_NODE_IMAGE: return "image (![…](…))"
        case CMARK_NODE_HTML_INLINE: return "HTML tag"
        case CMARK_NODE_LINEBREAK: return "hard line break (two spaces or a backslash at the end of a line)"
        default: return "Markdown formatting"
        }
    }

    private mutating func report(_ problem: PlanProblem, at node: OpaquePointer, fallback: OpaquePointer? = nil) {
        var line = Int(cmark_node_get_start_line(node))
        var column = Int(cmark_node_get_start_column(node))
        if line < 1, let fallback {
            line = Int(cmark_node_get_start_line(fallback))
            column = Int(cmark_node_get_start_column(fallback))
        }
        findings.append(PointsMarkdown.Finding(line: max(line, 1), column: scalarColumn(line: line, byteColumn: column),
                                               problem: problem))
    }

    /// libcmark counts columns in bytes; an editor counts characters.
    private func scalarColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lines.count, byteColumn > 1 else { return 1 }
        let prefix = lines[line - 1].utf8.prefix(byteColumn - 1)
        return String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
    }
}
