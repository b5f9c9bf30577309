import GazetteDocument

/// Walks the parsed HTML in reading order and cuts it into the paragraphs a reader sees:
/// every block element ends one, inline elements only carry text.
struct BlockCollector {
    private(set) var blocks: [Block] = []
    private(set) var droppedImages = 0
    /// Inside a table cell, a bordered table is read as text: cells hold no tables.
    var readsTables = true
    /// Inside a link, links are text: Markdown, like HTML, has no link in a link.
    var readsLinks = true
    private var paragraph = ParagraphText()
    private var headingLevel: Int?

    mutating func visit(_ node: HTMLNode) {
        if node.isText {
            paragraph.append(node.text)
            return
        }
        guard node.isElement else { return }
        let name = node.name
        if HTMLElements.skipped.contains(name) { return }
        switch name {
        case "br":
            paragraph.breakLine()
        case "img":
            droppedImages += 1
        case "a" where readsLinks:
            visitLink(node)
        case "table" where readsTables && HTMLElements.isDataTable(node):
            endParagraph()
            var reader = TableReader()
            if let table = reader.read(node) { blocks.append(table) }
            droppedImages += reader.droppedImages
        case _ where HTMLElements.isMarkdownList(node):
            endParagraph()
            if let list = readList(node) { blocks.append(.list(list)) }
        case "pre":
            endParagraph()
            paragraph.preservesLines = true
            visitChildren(of: node)
            endParagraph()
            paragraph.preservesLines = false
        case _ where HTMLElements.blocks.contains(name):
            endParagraph()
            headingLevel = HTMLElements.headings[name]
            visitChildren(of: node)
            endParagraph()
            headingLevel = nil
        default:
            visitChildren(of: node)
        }
    }

    mutating func finish() -> [Block] {
        endParagraph()
        return blocks
    }

    private mutating func visitChildren(of node: HTMLNode) {
        for child in node.children { visit(child) }
    }

    /// A list as Gazette's own HTML writes a Markdown list (Word's exports have none): an item per
    /// `<li>`, a loose list's paragraphs in `<p>`.
    private mutating func readList(_ node: HTMLNode) -> List? {
        var items: [[Block]] = []
        var isTight = true
        for item in node.children where item.isElement && item.name == "li" {
            var inner = BlockCollector()
            inner.readsTables = readsTables
            inner.readsLinks = readsLinks
            for child in item.children {
                if child.isElement && child.name == "p" { isTight = false }
                inner.visit(child)
            }
            droppedImages += inner.droppedImages
            items.append(inner.finish())
        }
        guard !items.isEmpty else { return nil }
        let start = node.attribute("start").flatMap { Int($0) } ?? 1
        return List(kind: node.name == "ul" ? .bullet : .ordered(start: start), isTight: isTight, items: items)
    }

    /// A link keeps its words as one run of text; links inside it, or blocks, are flattened.
    private mutating func visitLink(_ node: HTMLNode) {
        guard let url = node.attribute("href"), HTMLElements.isKeptLink(url) else {
            visitChildren(of: node)
            return
        }
        var inner = BlockCollector()
        inner.readsTables = false
        inner.readsLinks = false
        for child in node.children { inner.visit(child) }
        let words = inner.finish().map(\.inlines).joined(separator: [.text(" ")])
        droppedImages += inner.droppedImages
        paragraph.appendLink(url: url, text: Array(words))
    }

    private mutating func endParagraph() {
        let inlines = paragraph.finish()
        guard !inlines.isEmpty else { return }
        if let level = headingLevel {
            blocks.append(.heading(level: level, inlines))
        } else {
            blocks.append(.paragraph(inlines))
        }
    }
}

extension Block {
    /// The text of a block read inside a link or a cell, where only paragraphs and headings are made.
    var inlines: [Inline] {
        switch self {
        case .paragraph(let inlines), .heading(_, let inlines): inlines
        default: []
        }
    }
}
