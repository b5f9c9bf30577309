import GazetteDocument

/// One writing of one body: the markup, the automatic styles it needs, and where in the tree the
/// writing is, which decides the paragraph style.
struct BodyWriter {
    let resolveLink: (String) -> String?
    let headingShift: Int
    let namePrefix: String
    var xml = ""
    var styles = AutomaticStyles()
    var quoteDepth = 0
    var listDepth = 0
    var cellDepth = 0
    var tableCount = 0
    /// Links cannot nest in ODF; only the outermost one of an image inside a link is written.
    var openLinks: [Bool] = []
    /// Whether the last character written was ASCII, which decides what a soft line break becomes.
    var lastWasASCII = false

    init(resolveLink: @escaping (String) -> String?, headingShift: Int, namePrefix: String) {
        self.resolveLink = resolveLink
        self.headingShift = headingShift
        self.namePrefix = namePrefix
    }

    var paragraphStyle: String {
        if cellDepth > 0 { return StyleName.tableContents }
        if quoteDepth > 0 { return StyleName.quotations }
        if listDepth > 0 { return StyleName.list }
        return StyleName.textBody
    }

    mutating func write(_ blocks: [Block]) {
        for block in blocks { write(block) }
    }

    mutating func write(_ block: Block) {
        switch block {
        case .paragraph(let inlines):
            paragraph(inlines, style: paragraphStyle)
        case .heading(let level, let inlines):
            let level = min(max(level + headingShift, 1), 10)
            xml += "<text:h text:style-name=\"\(StyleName.heading(level))\" text:outline-level=\"\(level)\">"
            lastWasASCII = false
            write(inlines)
            xml += "</text:h>"
        case .list(let list):
            write(list)
        case .legalList(let list):
            write(list)
        case .article(let article):
            write(article)
        case .table(let table):
            write(table)
        case .comparison(let table):
            write(table)
        case .quote(let blocks):
            quoteDepth += 1
            write(blocks)
            quoteDepth -= 1
        case .code(let literal, _):
            var lines = literal.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last == "" { lines.removeLast() }
            for line in lines {
                xml += "<text:p text:style-name=\"\(StyleName.preformatted)\">"
                ODFText.appendPreserving(line, to: &xml)
                xml += "</text:p>"
            }
        case .rawHTML:
            // Raw HTML has no ODF meaning and is left out, as the site leaves it out by default.
            break
        case .thematicBreak:
            xml += "<text:p text:style-name=\"\(StyleName.horizontalLine)\"/>"
        case .signature(let signature):
            write(signature)
        }
    }

    mutating func paragraph(_ inlines: [Inline], style: String) {
        xml += "<text:p text:style-name=\"\(style)\">"
        lastWasASCII = false
        write(inlines)
        xml += "</text:p>"
    }

    private mutating func write(_ list: List) {
        let style: String
        var start = 1
        switch list.kind {
        case .bullet: style = StyleName.bulletList
        case .ordered(let first):
            style = StyleName.numberedList
            start = first
        }
        xml += "<text:list text:style-name=\"\(style)\">"
        listDepth += 1
        for (index, item) in list.items.enumerated() {
            xml += "<text:list-item"
            if index == 0, start != 1 { xml += " text:start-value=\"\(max(1, start))\"" }
            xml += ">"
            write(item)
            xml += "</text:list-item>"
        }
        listDepth -= 1
        xml += "</text:list>"
    }
}
