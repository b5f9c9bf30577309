import GazetteDocument

/// A seeded generator, so that a failing case can be found again from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Bodies made of the pieces that the reader treats specially, glued at random: whatever the
/// reader makes of them is a tree the writer must write exactly. No raw HTML, which the default
/// reader drops and so makes shapes no Markdown has (emphasis around nothing).
enum RandomMarkdown {
    static let fragments = [
        "公告", "事項", "甲", "abc", "x_y", "http://www.sfb.gov.tw/a_b", "○", "。", "「", "」", "（", "）", "a", "2021.5.3",
        "*", "**", "_", "__", "`", "``", "\\", "\\*", "\\_", "&amp;", "&#32;", "&#12288;", "&#10;", "&copy", "&", "[", "]",
        "](u)", "](<a b> \"t\\\\\")", "[a](b)", "![i](p.png \"t\")", "!", "\\<b>", "&lt;b>", ">", "|", "\\|", "~", "(", ")",
        "\"", ":", "-", "=", "+", "#", "1", ".", "<https://a.b/c>",
        "\n", "\n", "\n", "\n", "\n\n", "\n\n", "  \n", "\\\n", "# ", "## ", "- ", "+ ", "* ", "1. ", "2) ", "> ", "> > ",
        "---", "***", "===", "~~~", "```", "Table: ", "| a | b |\n| --- | :-: |\n| c | d |\n", "|---|", "    ", " ", "  ", "\t",
        "\u{3000}", "\u{A0}", "```\ncode\n```\n", "```comparison\ncolumns: a | b\n---\nx\n|\ny\n```\n",
        "一、", "（一）", "(1)", "1、", "第三條　", "第3條 ", "**一、**", "**第二條**", "第三條規定",
    ]

    static func body(using generator: inout SplitMix64) -> String {
        (0..<Int.random(in: 1...40, using: &generator)).map { _ in fragments.randomElement(using: &generator)! }.joined()
    }
}

/// Trees of the shapes the reader makes, built directly: texts hold every character the writer
/// must escape, in every place a block or inline can stand.
struct RandomTree {
    var generator: SplitMix64

    /// Pieces of text that can form no legal marker or article number, so that a paragraph
    /// holding them is one wherever it stands.
    static let words = [
        "甲", "公告", "a", "x_y", "*", "_", "|", "<b>", "1. ", "2) ", "# ", "- ", "+ ", "Table:", "`", "``", "\\", "&amp;", "&",
        "&#32;", "  ", " ", "\u{3000}", "\u{A0}", "\t", "http://www.sfb.gov.tw", "[", "]", "!", "~", "~~~", "#", "=", ">", "---",
        "\n", "。", "「", "」", "○", ")", "\"", ":", ".", "2021.5.3",
    ]
    static let codeWords = ["a", "`", "``", " ", "|", "*", "x y", "<b>", "\\", "&amp;"]
    static let urls = ["http://a.b/c", "a b", "(x)", "<", ">", "\\", "&amp;", "", "|", "中文", "a\"b", " a "]
    static let titles = ["", "t", "\"", "\\", "&amp;", "a b", "|", "(", ")"]
    static let articleNumbers = [("第一條", "a1"), ("第　十　條", "a10"), ("第十一條之一", "a11-1"), ("第3條", "a3")]

    mutating func chance(_ percent: Int) -> Bool {
        Int.random(in: 0..<100, using: &generator) < percent
    }

    mutating func count(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &generator)
    }

    mutating func pick<T>(_ values: [T]) -> T {
        values.randomElement(using: &generator)!
    }

    mutating func text() -> String {
        (0..<count(1...3)).map { _ in pick(Self.words) }.joined()
    }

    // MARK: Inlines

    /// One to four inlines, no two texts in a row (the reader joins them), breaks only between
    /// other inlines (a paragraph neither starts nor ends with one).
    mutating func inlines(breaks: Bool = true, links: Bool = true, depth: Int = 0) -> [Inline] {
        let length = count(1...4)
        var inlines: [Inline] = []
        for index in 0..<length {
            if breaks, index > 0, index < length - 1, !Self.isBreak(inlines.last), chance(30) {
                inlines.append(chance(50) ? .softBreak : .lineBreak)
                continue
            }
            var inline = self.inline(links: links, depth: depth)
            // Two code spans in a row would be one run of backticks.
            if case .code = inline, case .code? = inlines.last { inline = .text(text()) }
            if case .text(let next) = inline, case .text(let previous)? = inlines.last {
                inlines[inlines.count - 1] = .text(previous + next)
            } else {
                inlines.append(inline)
            }
        }
        return inlines
    }

    static func prefixing(_ prefix: String, to inlines: [Inline]) -> [Inline] {
        if case .text(let first)? = inlines.first { return [.text(prefix + first)] + inlines.dropFirst() }
        return [.text(prefix)] + inlines
    }

    private static func isBreak(_ inline: Inline?) -> Bool {
        inline == .softBreak || inline == .lineBreak
    }

    private mutating func inline(links: Bool, depth: Int) -> Inline {
        switch depth < 2 ? count(0...9) : 0 {
        case 5: return .code(code())
        case 6: return .emphasis(emphasized(links: links, depth: depth))
        case 7: return .strong(emphasized(links: links, depth: depth))
        case 8 where links:
            if chance(20) { return .link(url: "https://www.kcg.gov.tw/", title: "", [.text("https://www.kcg.gov.tw/")]) }
            return .link(url: pick(Self.urls), title: pick(Self.titles), inlines(breaks: false, links: false, depth: depth + 1))
        case 9: return .image(url: pick(Self.urls), title: pick(Self.titles), description: inlines(breaks: false, links: false, depth: depth + 1))
        default: return .text(text())
        }
    }

    /// Emphasis whose content starts and ends with a letter, as any emphasis libcmark reads
    /// can: nested runs between punctuation on both sides are shapes no Markdown makes, and
    /// those the reader does make come from `RandomMarkdown`.
    private mutating func emphasized(links: Bool, depth: Int) -> [Inline] {
        var content = Self.prefixing("甲", to: inlines(breaks: false, links: links, depth: depth + 1))
        if case .text(let last)? = content.last { content[content.count - 1] = .text(last + "乙") } else { content.append(.text("乙")) }
        return content
    }

    /// Code as libcmark leaves it: one line, and in a pipe-table cell no `\|`, which the cell
    /// split makes a pipe.
    private mutating func code() -> String {
        while true {
            let code = (0..<count(1...3)).map { _ in pick(Self.codeWords) }.joined()
            if !code.contains("\\|") { return code }
        }
    }

    // MARK: Blocks

    enum Place { case body, quote, cell, item }

    mutating func body() -> [Block] {
        var blocks = self.blocks(in: .body)
        var used: [String: Int] = [:]
        // Whatever follows an article up to a heading is one of its 項.
        for _ in 0..<count(0...2) {
            if chance(30) { blocks.append(.heading(level: count(1...6), inlines(breaks: false))) }
            let (number, id) = pick(Self.articleNumbers)
            used[id, default: 0] += 1
            blocks.append(.article(Article(number: number, id: used[id]! == 1 ? id : id + "_\(used[id]!)", blocks: articleBlocks())))
        }
        return blocks
    }

    mutating func blocks(in place: Place, depth: Int = 0) -> [Block] {
        var blocks: [Block] = []
        for _ in 0..<count(1...4) {
            let block = self.block(in: place, depth: depth)
            // Two legal lists in a row would be read as one.
            if case .legalList = block, case .legalList? = blocks.last { continue }
            blocks.append(block)
        }
        return blocks
    }

    private mutating func block(in place: Place, depth: Int) -> Block {
        switch depth < 2 ? count(0...11) : count(0...3) {
        case 0, 1: return .paragraph(inlines())
        case 2: return place == .item ? .paragraph(inlines()) : .legalList(legalList(level: count(1...3)))
        case 3:
            let level = count(1...6)
            return .heading(level: level, inlines(breaks: level <= 2))
        case 4: return .list(list(depth: depth))
        case 5: return .quote(blocks(in: .quote, depth: depth + 1))
        case 6: return .code(codeLiteral(in: place), info: pick(["", "swift", "a b", "a`b", "&amp;"]))
        case 7: return .thematicBreak
        case 8: return .table(table())
        case 9 where place != .cell: return .comparison(comparison(depth: depth))
        default: return .paragraph(inlines())
        }
    }

    /// No line that ends a comparison row or cell (`---`, `|`), which no code block in a cell can hold.
    private mutating func codeLiteral(in place: Place) -> String {
        let lines = ["x", "```", "~~~", "  y", "", "\tz", "<b>"] + (place == .cell ? [] : ["---", "|"])
        return chance(10) ? "" : (0..<count(1...3)).map { _ in pick(lines) + "\n" }.joined()
    }

    private mutating func list(depth: Int) -> List {
        let kind: List.Kind = chance(50) ? .bullet : .ordered(start: count(0...12))
        if chance(50) {
            // A tight item is a paragraph, or one with a list under it with no blank line between.
            let items: [[Block]] = (0..<count(1...3)).map { _ in
                chance(70) ? [.paragraph(inlines())]
                    : [.paragraph(inlines()), .list(List(kind: .bullet, isTight: true, items: [[.paragraph(inlines())]]))]
            }
            return List(kind: kind, isTight: true, items: items)
        }
        // A loose list has two items, or two blocks in an item, with a blank line between; one
        // after a thematic break does not count (libcmark's rule), so the first item ends otherwise.
        var items = (0..<count(2...3)).map { _ in blocks(in: .item, depth: depth + 1) }
        if items[0].last == .thematicBreak { items[0].append(.paragraph(inlines())) }
        return List(kind: kind, isTight: false, items: items)
    }

    mutating func legalList(level: Int) -> LegalList {
        let markers = [["一、", "二、", "十一、"], ["（一）", "(二)"], ["1、", "１、", "2．"], ["（1）", "(2)", "（１）"]]
        return LegalList(level: level, items: (0..<count(1...3)).map { _ in
            var text = chance(15) ? [] : inlines()
            // The spaces after a marker are the marker's.
            if case .text(let first)? = text.first, let scalar = first.unicodeScalars.first,
               [" ", "\u{3000}", "\u{A0}", "\t"].contains(scalar) {
                text = Self.prefixing("甲", to: text)
            }
            let children: [Block] = level < 4 && chance(30) ? [.legalList(legalList(level: count((level + 1)...4)))] : []
            return LegalItem(marker: pick(markers[level - 1]), text: text, children: children)
        })
    }

    private mutating func articleBlocks() -> [Block] {
        // The reader takes digits after `第十一條之一　` for more of the number.
        var blocks: [Block] = [.paragraph(Self.prefixing("甲", to: inlines()))]
        for _ in 0..<count(0...2) {
            if case .legalList? = blocks.last {
                blocks.append(.paragraph(inlines()))
            } else {
                blocks.append(chance(60) ? .paragraph(inlines()) : .legalList(legalList(level: 1)))
            }
        }
        return blocks
    }

    private mutating func table() -> Table {
        let columns = count(1...3)
        let cell = { (tree: inout RandomTree) in tree.chance(15) ? [] : tree.inlines(breaks: false) }
        return Table(caption: chance(50) ? (chance(20) ? [] : inlines(breaks: false)) : nil,
                     alignments: (0..<columns).map { _ in pick([.none, .left, .right, .center]) },
                     header: (0..<columns).map { _ in cell(&self) },
                     rows: (0..<count(0...2)).map { _ in (0..<columns).map { _ in cell(&self) } })
    }

    /// Column names are trimmed single lines, and hold no `\|`.
    private mutating func comparison(depth: Int) -> ComparisonTable {
        let columns = (0..<count(2...3)).map { _ in
            "欄" + text().split(whereSeparator: { $0 == "\n" || $0 == "\\" }).joined().trimmingSpacesAndTabs
        }
        let rows: [ComparisonTable.Row] = (0..<count(0...2)).map { _ in
            chance(25) ? .heading(inlines(breaks: false))
                : .cells(columns.map { _ in chance(20) ? [] : blocks(in: .cell, depth: depth + 1) })
        }
        return ComparisonTable(caption: chance(50) ? inlines(breaks: false) : nil, columns: columns, rows: rows)
    }
}

private extension String {
    var trimmingSpacesAndTabs: String {
        String(unicodeScalars.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
            .map(Character.init))
    }
}
