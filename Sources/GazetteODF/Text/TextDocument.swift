import Foundation

/// A text document (.odt) built by appending to content.xml's body as a string: the fastest
/// way to make many documents, and safe because every piece of content goes through
/// `XMLText.escape`. Its look comes from the named styles in styles.xml.
struct TextDocument {
    var metadata: DocumentMetadata
    private(set) var body = ""
    private var tableCount = 0
    /// Styles that belong to this document's layout rather than to its look (page breaks, page
    /// orientation, table column widths), written into content.xml only when used.
    private var automaticStyles = ""
    private var pageStyles: [String: String] = [:]

    /// Where a heading or paragraph starts.
    enum PageStart: Hashable {
        case flowing
        case newPage
        /// A new page with another page style (e.g. landscape for a wide table), kept from there on.
        case newPageStyle(String)
    }

    init(metadata: DocumentMetadata) {
        self.metadata = metadata
        body.reserveCapacity(16_384)
    }

    /// The style to write for `named` starting as `start`: the named style itself, or an automatic
    /// style based on it that adds the page break.
    private mutating func style(_ named: String, _ start: PageStart) -> String {
        let key: String
        var masterPage: String?
        switch start {
        case .flowing: return named
        case .newPage: key = named
        case .newPageStyle(let master):
            key = named + "|" + master
            masterPage = master
        }
        if let existing = pageStyles[key] { return existing }
        let name = "Break\(pageStyles.count + 1)"
        pageStyles[key] = name
        automaticStyles += StyleXML.style(name, family: "paragraph", parent: named, masterPage: masterPage,
                                          paragraph: masterPage == nil ? "fo:break-before=\"page\"" : nil)
        return name
    }

    mutating func heading(_ text: String, level: Int, start: PageStart = .flowing, bookmark: String? = nil) {
        body += "<text:h text:style-name=\"\(style(StyleName.heading(level), start))\" text:outline-level=\"\(level)\">"
        if let bookmark { body += "<text:bookmark text:name=\"\(ODFText.escape(bookmark))\"/>" }
        body += ODFText.escape(text) + "</text:h>"
    }

    mutating func paragraph(_ text: String, style named: String, start: PageStart = .flowing) {
        body += "<text:p text:style-name=\"\(style(named, start))\">\(ODFText.escape(text))</text:p>"
    }

    /// A line of a metadata block: a bold label, then its value.
    mutating func field(_ label: String, _ value: String) {
        body += "<text:p text:style-name=\"\(StyleName.metadata)\"><text:span text:style-name=\"\(StyleName.metadataLabel)\">"
            + ODFText.escape(label) + "：</text:span>" + ODFText.escape(value) + "</text:p>"
    }

    /// A paragraph that is one link, e.g. a table-of-contents entry or an attachment.
    mutating func linkParagraph(_ text: String, target: String, style: String, after: String? = nil) {
        body += "<text:p text:style-name=\"\(style)\">" + Self.link(text, target: target)
        if let after { body += ODFText.escape(after) }
        body += "</text:p>"
    }

    /// A bulleted list of links, one item each.
    mutating func linkList(_ entries: [(text: String, target: String)]) {
        body += "<text:list text:style-name=\"\(StyleName.bulletList)\">"
        for entry in entries {
            body += "<text:list-item><text:p text:style-name=\"\(StyleName.list)\">" + Self.link(entry.text, target: entry.target)
                + "</text:p></text:list-item>"
        }
        body += "</text:list>"
    }

    mutating func markdown(_ markdown: String, converter: MarkdownConverter) {
        converter.append(markdown, to: &body)
    }

    /// A table with header rows; column widths are relative (they share the text width).
    mutating func table(_ table: TextTable) {
        tableCount += 1
        let name = "Table\(tableCount)"
        automaticStyles += StyleXML.style(name, family: "table", parent: StyleName.table,
                                      table: "style:width=\"\(table.width)\" table:align=\"margins\"")
        for (index, width) in table.columnWidths.enumerated() {
            automaticStyles += StyleXML.style("\(name).\(index + 1)", family: "table-column",
                                          column: "style:rel-column-width=\"\(width)*\"")
        }
        body += "<table:table table:name=\"\(name)\" table:style-name=\"\(name)\">"
        for index in table.columnWidths.indices {
            body += "<table:table-column table:style-name=\"\(name).\(index + 1)\"/>"
        }
        body += "<table:table-header-rows>"
        for row in table.headerRows { append(row, header: true) }
        body += "</table:table-header-rows>"
        for row in table.rows { append(row, header: false) }
        body += "</table:table>"
    }

    private mutating func append(_ row: [TextTable.Cell], header: Bool) {
        body += "<table:table-row>"
        for cell in row {
            body += "<table:table-cell table:style-name=\"\(header ? StyleName.tableHeaderCell : StyleName.tableCell)\""
            if cell.columnsSpanned > 1 { body += " table:number-columns-spanned=\"\(cell.columnsSpanned)\"" }
            body += " office:value-type=\"string\">"
            let style = header ? StyleName.tableHeading : (cell.isFigure ? StyleName.tableFigure : StyleName.tableContents)
            switch cell.content {
            case .text(let text):
                body += "<text:p text:style-name=\"\(style)\">\(ODFText.escape(text))</text:p>"
            case .markdown(let markdown, let converter):
                converter.append(markdown, to: &body)
            }
            body += "</table:table-cell>"
            for _ in 1..<max(cell.columnsSpanned, 1) { body += "<table:covered-table-cell/>" }
        }
        body += "</table:table-row>"
    }

    static func link(_ text: String, target: String) -> String {
        "<text:a xlink:type=\"simple\" xlink:href=\"\(ODFText.escape(target))\" text:style-name=\"\(StyleName.link)\""
            + " text:visited-style-name=\"\(StyleName.visitedLink)\">\(ODFText.escape(text))</text:a>"
    }

    var contentXML: String {
        var xml = Namespaces.root("office:document-content")
        xml.reserveCapacity(body.utf8.count + 4_096)
        xml += "<office:automatic-styles>" + automaticStyles + "</office:automatic-styles>"
        xml += "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>"
        return xml
    }

    /// The bytes of the .odt file.
    func package() throws(PackageError) -> Data {
        try ODFPackage(template: TextStyles.template, parts: [
            ODFPackage.Part(path: "content.xml", xml: contentXML),
            ODFPackage.Part(path: "meta.xml", xml: metadata.xml, compressed: false),
        ], date: metadata.date).archive()
    }
}
