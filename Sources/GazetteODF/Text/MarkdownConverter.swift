import CCmark
import GazetteMarkdown

/// Markdown as ODF text, from libcmark's node tree: every CommonMark block and inline becomes
/// the ODF element and named style that means the same, never by way of HTML.
struct MarkdownConverter {
    /// The outline level of the body's top headings: the document's own title sits above them.
    var topHeadingLevel = 2
    /// Turns a link as written into the address a downloaded document can follow; `nil` drops
    /// the link and keeps its text.
    var resolveLink: (String) -> String?

    func append(_ markdown: String, to xml: inout String) {
        MarkdownDocument(markdown).withRoot { root in
            var walk = Walk(resolveLink: resolveLink, headingShift: topHeadingLevel - Self.topLevel(in: root))
            walk.run(root, into: &xml)
        }
    }

    /// The level of the body's highest heading, so that bodies written from `#` and from `##`
    /// both start at `topHeadingLevel`.
    private static func topLevel(in root: OpaquePointer) -> Int {
        var level: Int?
        var node = cmark_node_first_child(root)
        while let current = node {
            if cmark_node_get_type(current) == CMARK_NODE_HEADING {
                level = min(level ?? 6, Int(cmark_node_get_heading_level(current)))
            }
            node = cmark_node_next(current)
        }
        return level ?? 2
    }
}

private struct Walk {
    let resolveLink: (String) -> String?
    let headingShift: Int
    var quoteDepth = 0
    var listDepth = 0
    /// Links cannot nest in ODF; only the outermost one of an image inside a link is written.
    var openLinks: [Bool] = []
    /// Whether the last character written was ASCII, which decides what a soft line break becomes.
    var lastWasASCII = false

    init(resolveLink: @escaping (String) -> String?, headingShift: Int) {
        self.resolveLink = resolveLink
        self.headingShift = headingShift
    }

    var paragraphStyle: String {
        if quoteDepth > 0 { return StyleName.quotations }
        if listDepth > 0 { return StyleName.list }
        return StyleName.textBody
    }

    mutating func run(_ root: OpaquePointer, into xml: inout String) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER {
                enter(node, into: &xml)
            } else {
                exit(node, into: &xml)
            }
        }
    }

    private mutating func enter(_ node: OpaquePointer, into xml: inout String) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            xml += "<text:p text:style-name=\"\(paragraphStyle)\">"
            lastWasASCII = false
        case CMARK_NODE_HEADING:
            let level = min(max(Int(cmark_node_get_heading_level(node)) + headingShift, 1), 10)
            xml += "<text:h text:style-name=\"\(StyleName.heading(level))\" text:outline-level=\"\(level)\">"
            lastWasASCII = false
        case CMARK_NODE_BLOCK_QUOTE:
            quoteDepth += 1
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            xml += "<text:list text:style-name=\"\(ordered ? StyleName.numberedList : StyleName.bulletList)\">"
            listDepth += 1
        case CMARK_NODE_ITEM:
            xml += "<text:list-item"
            if cmark_node_previous(node) == nil, let list = cmark_node_parent(node),
               cmark_node_get_list_type(list) == CMARK_ORDERED_LIST, cmark_node_get_list_start(list) != 1 {
                xml += " text:start-value=\"\(max(1, cmark_node_get_list_start(list)))\""
            }
            xml += ">"
        case CMARK_NODE_CODE_BLOCK:
            var lines = literal(node).split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last == "" { lines.removeLast() }
            for line in lines {
                xml += "<text:p text:style-name=\"\(StyleName.preformatted)\">"
                ODFText.appendPreserving(line, to: &xml)
                xml += "</text:p>"
            }
        case CMARK_NODE_THEMATIC_BREAK:
            xml += "<text:p text:style-name=\"\(StyleName.horizontalLine)\"/>"
        case CMARK_NODE_TEXT:
            let text = literal(node)
            ODFText.append(text, to: &xml)
            if let last = text.unicodeScalars.last { lastWasASCII = last.isASCII }
        case CMARK_NODE_CODE:
            let text = literal(node)
            xml += "<text:span text:style-name=\"\(StyleName.sourceText)\">"
            ODFText.appendPreserving(Substring(text), to: &xml)
            xml += "</text:span>"
            if let last = text.unicodeScalars.last { lastWasASCII = last.isASCII }
        case CMARK_NODE_SOFTBREAK:
            // A wrapped line of Chinese joins without a space; a wrapped line of Latin words needs one.
            if lastWasASCII { xml += " " }
        case CMARK_NODE_LINEBREAK:
            xml += "<text:line-break/>"
            lastWasASCII = false
        case CMARK_NODE_EMPH:
            xml += "<text:span text:style-name=\"\(StyleName.emphasis)\">"
        case CMARK_NODE_STRONG:
            xml += "<text:span text:style-name=\"\(StyleName.strong)\">"
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            // An image cannot travel without its file; its description links to it instead.
            let target = openLinks.contains(true) ? nil : cmark_node_get_url(node).flatMap { resolveLink(String(cString: $0)) }
            openLinks.append(target != nil)
            if let target {
                xml += "<text:a xlink:type=\"simple\" xlink:href=\"\(ODFText.escape(target))\""
                    + " text:style-name=\"\(StyleName.link)\" text:visited-style-name=\"\(StyleName.visitedLink)\">"
            }
        default:
            // Raw HTML has no ODF meaning and is left out, as the site leaves it out by default.
            break
        }
    }

    private mutating func exit(_ node: OpaquePointer, into xml: inout String) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            xml += "</text:p>"
        case CMARK_NODE_HEADING:
            xml += "</text:h>"
        case CMARK_NODE_BLOCK_QUOTE:
            quoteDepth -= 1
        case CMARK_NODE_LIST:
            xml += "</text:list>"
            listDepth -= 1
        case CMARK_NODE_ITEM:
            xml += "</text:list-item>"
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
            xml += "</text:span>"
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            if openLinks.removeLast() { xml += "</text:a>" }
        default:
            break
        }
    }

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }
}
