import GazetteDocument

/// Blocks as lines, which containers then indent or prefix.
enum BlockLines {
    /// Blocks one after another with a blank line between them, or none between the blocks
    /// of a tight list's item. `lead`, when given, is the lines of a paragraph before the
    /// blocks: an article's number and first 項. `opensOnto` says that what follows the last
    /// block starts with a legal marker or an article number (see `append`).
    static func lines(of blocks: [Block], isTight: Bool = false, after lead: [String] = [], opensOnto: Bool = false) -> [String] {
        var lines = lead
        // Only the kind of the block written last matters, and the lead's is a paragraph.
        var previous: Block? = lead.isEmpty ? nil : .paragraph([])
        var alternates = false
        for (index, block) in blocks.enumerated() {
            if case .list(let list) = block {
                // A list straight after one of the same kind would continue it, unless its
                // bullet or delimiter differs.
                if case .list(let last)? = previous, isOrdered(last.kind) == isOrdered(list.kind) {
                    alternates.toggle()
                } else {
                    alternates = false
                }
            }
            let opens = index + 1 < blocks.count ? startsWithMarker(blocks[index + 1]) : opensOnto
            let written = self.lines(of: block, alternates: alternates, opensOnto: opens)
            guard !written.isEmpty else { continue }
            append(written, to: &lines, separated: !isTight && !introducesItems(previous, block))
            previous = block
        }
        return lines
    }

    /// Lines ending in an empty line end in a line break: `LegalStructure`, which cuts a
    /// paragraph before each line that starts with a marker, drops only the break just before
    /// it, so `甲\` then `\` then `一、…` keeps the first break at the end of `甲`.
    static func append(_ written: [String], to lines: inout [String], separated: Bool) {
        guard !written.isEmpty else { return }
        if lines.last == "" {
            lines[lines.count - 1] = "\\"
        } else if separated && !lines.isEmpty {
            lines.append("")
        }
        lines += written
    }

    static func startsWithMarker(_ block: Block) -> Bool {
        switch block {
        case .legalList, .article: return true
        default: return false
        }
    }

    /// A paragraph and the numbered items under it (`公告事項：` then `一、…`) are written as
    /// editors type them, on consecutive lines: each marker starts an item all the same.
    private static func introducesItems(_ previous: Block?, _ block: Block) -> Bool {
        if case .paragraph? = previous, case .legalList = block { return true }
        return false
    }

    private static func isOrdered(_ kind: List.Kind) -> Bool {
        if case .ordered = kind { return true }
        return false
    }

    private static func lines(of block: Block, alternates: Bool, opensOnto: Bool) -> [String] {
        switch block {
        case .paragraph(let inlines):
            return split(InlineWriter(keepsTrailingBreaks: opensOnto).write(inlines))
        case .heading(let level, let inlines):
            return heading(level: min(max(level, 1), 6), inlines)
        case .list(let list):
            return self.list(list, alternates: alternates)
        case .legalList(let list):
            return LegalLines.legalList(list, opensOnto: opensOnto)
        case .article(let article):
            return LegalLines.article(article, opensOnto: opensOnto)
        case .table(let table):
            return TableLines.table(table)
        case .comparison(let table):
            return TableLines.comparison(table)
        case .quote(let blocks):
            let lines = self.lines(of: blocks)
            return lines.isEmpty ? [">"] : lines.map { $0.isEmpty ? ">" : "> " + $0 }
        case .code(let literal, let info):
            return code(literal, info: info)
        case .rawHTML(let html):
            return split(html.hasSuffix("\n") ? String(html.dropLast()) : html)
        case .thematicBreak:
            // Not `---`, which under a paragraph line is a setext underline and in a
            // comparison block ends a row.
            return ["***"]
        case .signature:
            return []
        }
    }

    static func split(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// ATX (`## 主旨`), or setext (text lines over `====` or `----`) for a heading with line
    /// breaks, which only setext headings, of levels 1 and 2, can hold.
    private static func heading(level: Int, _ inlines: [Inline]) -> [String] {
        if level <= 2, inlines.containsBreak {
            return split(InlineWriter().write(inlines)) + [level == 1 ? "====" : "----"]
        }
        var text = InlineWriter(lineStart: .heading, isOneLine: true).write(inlines)
        // A closing sequence (`## 主旨 #`) is not text: escape the last run of `#` if it would be one.
        let hashes = text.reversed().prefix { $0 == "#" }.count
        if hashes > 0 {
            let run = text.index(text.endIndex, offsetBy: -hashes)
            if run == text.startIndex || [" ", "\t"].contains(text[text.index(before: run)]) { text.insert("\\", at: run) }
        }
        let marks = String(repeating: "#", count: level)
        return [text.isEmpty ? marks : marks + " " + text]
    }

    private static func list(_ list: List, alternates: Bool) -> [String] {
        var lines: [String] = []
        for (index, item) in list.items.enumerated() {
            let marker: String
            switch list.kind {
            case .bullet:
                marker = alternates ? "+" : "-"
            case .ordered(let start):
                // libcmark reads only the first number; the others count on, within its nine digits.
                marker = String(min(start + index, 999_999_999)) + (alternates ? ")" : ".")
            }
            if index > 0 && !list.isTight { lines.append("") }
            lines += indented(self.lines(of: item, isTight: list.isTight), first: marker)
        }
        return lines
    }

    /// Lines under a list marker: the first after it, the others at the width of the marker and
    /// a space. Lists that start lists whose last item is empty would put `- - -` on one line,
    /// a thematic break: then the marker has a line of its own.
    private static func indented(_ lines: [String], first marker: String) -> [String] {
        guard let first = lines.first else { return [marker] }
        let indent = String(repeating: " ", count: marker.count + 1)
        let rest = lines.dropFirst().map { $0.isEmpty ? "" : indent + $0 }
        let line = marker + " " + first
        if line.filter({ $0 == "-" }).count >= 3, line.allSatisfy({ $0 == "-" || $0 == " " }) {
            return [marker, indent + first] + rest
        }
        return [line] + rest
    }

    /// A fence longer than any run of its character inside, of backticks unless the info
    /// string holds one (a backtick fence's info string may not).
    private static func code(_ literal: String, info: String) -> [String] {
        let mark: Character = info.contains("`") ? "~" : "`"
        let longest = literal.split { $0 != mark }.map(\.count).max() ?? 0
        let fence = String(repeating: mark, count: max(3, longest + 1))
        // An info string that starts with the fence's character would lengthen the fence.
        let info = (info.first == mark ? " " : "") + LinkSyntax.literal(info, escaping: [])
        let content = literal.hasSuffix("\n") ? String(literal.dropLast()) : literal
        return [fence + info] + (literal.isEmpty ? [] : content.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) + [fence]
    }
}

extension Array where Element == Inline {
    var containsBreak: Bool {
        contains { inline in
            switch inline {
            case .softBreak, .lineBreak: return true
            case .emphasis(let children), .strong(let children), .link(_, _, let children), .image(_, _, let children),
                 .inserted(let children), .deleted(let children):
                return children.containsBreak
            case .text, .code, .rawHTML: return false
            }
        }
    }
}
