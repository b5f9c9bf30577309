import GazetteDocument

/// Legal numbering and articles, written as editors type them, for `LegalStructure` to find
/// again: each item a line that starts with its marker, each article a paragraph that starts
/// with its number.
enum LegalLines {
    /// Items on consecutive lines, deeper levels under their item: `LegalStructure` nests
    /// them again by their markers' ranks, and the markers are what the tree keeps.
    static func legalList(_ list: LegalList, opensOnto: Bool) -> [String] {
        var lines: [String] = []
        for (index, item) in list.items.enumerated() {
            let isFollowed = index + 1 < list.items.count || opensOnto
            let text = InlineWriter(lineStart: .none, keepsTrailingBreaks: isFollowed || !item.children.isEmpty).write(item.text)
            BlockLines.append(BlockLines.split(item.marker + text), to: &lines, separated: false)
            BlockLines.append(BlockLines.lines(of: item.children, isTight: true, opensOnto: isFollowed), to: &lines, separated: false)
        }
        return lines
    }

    /// `第三條　` and the first 項 on one line, the others as paragraphs after it; the number
    /// alone on its line when the first block is not a paragraph, or starts with what the
    /// reader takes as the spaces after the number or drops after it (a line break).
    static func article(_ article: Article, opensOnto: Bool) -> [String] {
        var blocks = article.blocks[...]
        var head = article.number
        if case .paragraph(let inlines)? = blocks.first, followsNumber(inlines) {
            let opens = blocks.dropFirst().first.map(BlockLines.startsWithMarker) ?? opensOnto
            let text = InlineWriter(lineStart: .none, keepsTrailingBreaks: opens).write(inlines)
            if !text.isEmpty {
                head += "\u{3000}" + text
                blocks = blocks.dropFirst()
            }
        }
        return BlockLines.lines(of: Array(blocks), after: BlockLines.split(head), opensOnto: opensOnto)
    }

    private static func followsNumber(_ inlines: [Inline]) -> Bool {
        switch inlines.first {
        case .softBreak?, .lineBreak?:
            return false
        case .text(let text)?:
            // The spaces of LegalSpace.swift, which the reader takes as part of the number's.
            return !(text.unicodeScalars.first.map { [" ", "\u{3000}", "\u{A0}", "\t"].contains($0) } ?? false)
        default:
            return true
        }
    }
}
