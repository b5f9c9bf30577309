import GazetteDocument

/// Paragraphs, headings, lists and links as ODF text, built by appending to a string: the
/// fastest way to make many documents, and safe because every piece of content goes through
/// `ODFText.escape` (`XMLText.escape`). It uses named styles, and automatic ones only under
/// names that always mean the same definition, which it carries along: a body made once can be
/// placed in several documents.
struct TextBody {
    private(set) var xml = ""
    var styles = AutomaticStyles()

    init(capacity: Int = 8_192) {
        xml.reserveCapacity(capacity)
    }

    mutating func heading(_ text: String, level: Int, style: String? = nil, bookmark: String? = nil) {
        xml += "<text:h text:style-name=\"\(style ?? StyleName.heading(level))\" text:outline-level=\"\(level)\">"
        if let bookmark { xml += "<text:bookmark text:name=\"\(ODFText.escape(bookmark))\"/>" }
        xml += ODFText.escape(text) + "</text:h>"
    }

    mutating func paragraph(_ text: String, style: String) {
        xml += "<text:p text:style-name=\"\(style)\">\(ODFText.escape(text))</text:p>"
    }

    /// A line of a metadata block: a bold label, then its value.
    mutating func field(_ label: String, _ value: String) {
        xml += "<text:p text:style-name=\"\(StyleName.metadata)\"><text:span text:style-name=\"\(StyleName.metadataLabel)\">"
            + ODFText.escape(label) + "：</text:span>" + ODFText.escape(value) + "</text:p>"
    }

    /// A line of a table of contents: a link to a bookmark, what follows it, and the number of
    /// the page the bookmark is on, which the reader's application counts when it lays out.
    mutating func contentsLine(_ text: String, bookmark: String, after: String?, style: String) {
        let name = ODFText.escape(bookmark)
        xml += "<text:p text:style-name=\"\(style)\">" + Self.link(text, target: "#" + bookmark)
        if let after { xml += ODFText.escape(after) }
        xml += "<text:tab/><text:bookmark-ref text:reference-format=\"page\" text:ref-name=\"\(name)\"/></text:p>"
    }

    /// A bulleted list of links, one item each.
    mutating func linkList(_ entries: [(text: String, target: String)]) {
        xml += "<text:list text:style-name=\"\(StyleName.bulletList)\">"
        for entry in entries {
            xml += "<text:list-item><text:p text:style-name=\"\(StyleName.list)\">" + Self.link(entry.text, target: entry.target)
                + "</text:p></text:list-item>"
        }
        xml += "</text:list>"
    }

    /// A list of plain paragraphs in `listStyle` (numbers, bullets or Chinese ordinals).
    mutating func list(_ items: [String], listStyle: String, paragraphStyle: String = StyleName.list) {
        xml += "<text:list text:style-name=\"\(listStyle)\">"
        for item in items {
            xml += "<text:list-item><text:p text:style-name=\"\(paragraphStyle)\">\(ODFText.escape(item))</text:p></text:list-item>"
        }
        xml += "</text:list>"
    }

    mutating func document(_ document: Document, converter: DocumentConverter) {
        converter.append(document, to: &self)
    }

    mutating func append(_ other: TextBody) {
        xml += other.xml
        styles.add(other.styles)
    }

    /// Markup made by a table or document writer, whose automatic styles are already in `styles`.
    mutating func appendMarkup(_ markup: String) {
        xml += markup
    }

    static func link(_ text: String, target: String) -> String {
        "<text:a xlink:type=\"simple\" xlink:href=\"\(ODFText.escape(target))\" text:style-name=\"\(StyleName.link)\""
            + " text:visited-style-name=\"\(StyleName.visitedLink)\">\(ODFText.escape(text))</text:a>"
    }
}
