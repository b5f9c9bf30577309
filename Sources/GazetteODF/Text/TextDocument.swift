import Foundation

/// A text document (.odt): its metadata, its body, and the automatic styles of its layout
/// (page breaks, page orientation, table column widths), which the body carries and content.xml
/// holds only when used. Its look comes from the named styles in styles.xml.
struct TextDocument {
    var metadata: DocumentMetadata
    var body = TextBody(capacity: 16_384)
    private var breakStyles: [String: String] = [:]
    private var tableCount = 0

    /// Where a heading or paragraph starts.
    enum PageStart: Hashable {
        case flowing
        case newPage
        /// A new page with another page style (e.g. landscape for a wide table), kept from there on.
        case newPageStyle(String)
    }

    init(metadata: DocumentMetadata) {
        self.metadata = metadata
    }

    mutating func heading(_ text: String, level: Int, start: PageStart = .flowing, bookmark: String? = nil) {
        body.heading(text, level: level, style: style(StyleName.heading(level), start), bookmark: bookmark)
    }

    mutating func paragraph(_ text: String, style named: String, start: PageStart = .flowing) {
        body.paragraph(text, style: style(named, start))
    }

    /// A table with header rows repeated on every page; column widths are relative.
    mutating func table(_ table: TextTable) {
        TableCellStyles.add(to: &body.styles)
        tableCount += 1
        let name = "Table\(tableCount)"
        body.styles.add(name) {
            StyleXML.style(name, family: "table", parent: StyleName.table, table: "style:width=\"\(table.width)\" table:align=\"margins\"")
        }
        for (index, width) in table.columnWidths.enumerated() {
            body.styles.add("\(name).\(index + 1)") {
                StyleXML.style("\(name).\(index + 1)", family: "table-column", column: "style:rel-column-width=\"\(width)*\"")
            }
        }
        body.appendMarkup(table.xml(name: name, cellStyle: TableCellStyles.cell, headerCellStyle: TableCellStyles.headerCell))
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
        if let existing = breakStyles[key] { return existing }
        let name = "Break\(breakStyles.count + 1)"
        breakStyles[key] = name
        // A new page style continues the page numbers rather than starting again from 1.
        body.styles.add(name) {
            StyleXML.style(name, family: "paragraph", parent: named, masterPage: masterPage,
                           paragraph: masterPage == nil ? "fo:break-before=\"page\"" : "style:page-number=\"auto\"")
        }
        return name
    }

    var contentXML: String {
        var xml = Namespaces.root("office:document-content", Namespaces.content)
        xml.reserveCapacity(body.xml.utf8.count + body.styles.xml.utf8.count + 1_024)
        xml += "<office:automatic-styles>" + body.styles.xml + "</office:automatic-styles>"
        xml += "<office:body><office:text>" + body.xml + "</office:text></office:body></office:document-content>"
        return xml
    }

    /// The bytes of the .odt file.
    func package() throws(PackageError) -> Data {
        try ODFPackage(template: TextStyles.template, parts: [
            ODFPackage.Part(path: "content.xml", xml: contentXML),
            ODFPackage.Part(path: "meta.xml", xml: metadata.xml),
        ], date: metadata.date).archive()
    }
}
