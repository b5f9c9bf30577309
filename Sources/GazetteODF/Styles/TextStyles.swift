import Foundation

/// styles.xml of every text document: named styles a clerk can change in one place, A4 pages
/// with the page number in the footer. Built once; every document carries the same bytes.
enum TextStyles {
    static let xml: Data = Data(document.utf8)

    static let template = PackageTemplate(kind: .text, shared: [ODFPackage.Part(path: "styles.xml", bytes: xml)],
                                          documentParts: ["content.xml", "meta.xml"])

    /// The width between the margins of a portrait page, for tables.
    static let portraitTextWidth = "16.5cm"
    static let landscapeTextWidth = "25.2cm"
    static let landscapeMasterPage = "Landscape"

    private static var document: String {
        Namespaces.root("office:document-styles", Namespaces.styles) + FontFaces.declarations
            + "<office:styles>" + defaults + paragraphStyles + textStyles + ListStyles.all + outline + tableStyles
            + "</office:styles>" + pageLayouts + masterPages + "</office:document-styles>"
    }

    private static let language = "fo:language=\"zh\" fo:country=\"TW\" style:language-asian=\"zh\" style:country-asian=\"TW\""

    /// Strict line breaking and hanging punctuation are how Chinese text is set.
    private static var defaults: String {
        "<style:default-style style:family=\"paragraph\">"
            + "<style:paragraph-properties style:line-break=\"strict\" style:punctuation-wrap=\"hanging\" style:writing-mode=\"page\"/>"
            + "<style:text-properties \(StyleXML.fonts(western: FontFaces.serif, asian: FontFaces.serifCJK)) "
            + "\(StyleXML.allScripts(size: "12pt")) \(language)/>"
            + "</style:default-style>"
            + "<style:default-style style:family=\"table\"><style:table-properties table:border-model=\"collapsing\"/></style:default-style>"
    }

    private static var paragraphStyles: String {
        let sans = StyleXML.fonts(western: FontFaces.sans, asian: FontFaces.sansCJK)
        let headingSizes = ["18pt", "15pt", "13.5pt", "12pt", "12pt", "11pt", "11pt", "11pt", "11pt", "11pt"]
        var xml = StyleXML.paragraph(StyleName.standard, parent: nil)
            + StyleXML.paragraph(StyleName.heading, next: StyleName.textBody,
                                 paragraph: "fo:margin-top=\"0.42cm\" fo:margin-bottom=\"0.21cm\" fo:keep-with-next=\"always\"",
                                 text: "\(sans) \(StyleXML.allScripts(size: "14pt"))")
            + StyleXML.paragraph(StyleName.textBody,
                                 paragraph: "fo:margin-top=\"0cm\" fo:margin-bottom=\"0.25cm\" fo:line-height=\"150%\" fo:text-align=\"justify\"")
        for (offset, size) in headingSizes.enumerated() {
            let level = offset + 1
            xml += StyleXML.paragraph(StyleName.heading(level), parent: StyleName.heading, next: StyleName.textBody,
                                      outlineLevel: level, text: StyleXML.allScripts(weight: "bold", size: size))
        }
        xml += StyleXML.paragraph(StyleName.title, parent: StyleName.heading, next: StyleName.subtitle, styleClass: "chapter",
                                  paragraph: "fo:margin-top=\"1cm\" fo:margin-bottom=\"0.6cm\" fo:text-align=\"center\"",
                                  text: StyleXML.allScripts(weight: "bold", size: "24pt"))
            + StyleXML.paragraph(StyleName.subtitle, parent: StyleName.heading, next: StyleName.textBody, styleClass: "chapter",
                                 paragraph: "fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.4cm\" fo:text-align=\"center\"",
                                 text: StyleXML.allScripts(size: "15pt"))
            + StyleXML.paragraph(StyleName.coverPublisher, parent: StyleName.heading, next: StyleName.title, styleClass: "chapter",
                                 paragraph: "fo:margin-top=\"6cm\" fo:margin-bottom=\"0.4cm\" fo:text-align=\"center\"",
                                 text: StyleXML.allScripts(weight: "bold", size: "20pt"))
            + StyleXML.paragraph(StyleName.list, parent: StyleName.textBody, styleClass: "list",
                                 paragraph: "fo:margin-bottom=\"0.12cm\"")
            + StyleXML.paragraph(StyleName.quotations, styleClass: "html",
                                 paragraph: "fo:margin-left=\"1cm\" fo:margin-right=\"1cm\" fo:margin-top=\"0cm\" fo:margin-bottom=\"0.25cm\""
                                    + " fo:padding-left=\"0.25cm\" fo:border-left=\"1.5pt solid #808080\" fo:border-right=\"none\""
                                    + " fo:border-top=\"none\" fo:border-bottom=\"none\" fo:line-height=\"150%\"")
            + StyleXML.paragraph(StyleName.preformatted, styleClass: "html",
                                 paragraph: "fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\"",
                                 text: "\(StyleXML.fonts(western: FontFaces.mono, asian: FontFaces.monoCJK)) \(StyleXML.allScripts(size: "10pt"))")
            + StyleXML.paragraph(StyleName.horizontalLine, styleClass: "html",
                                 paragraph: "fo:margin-top=\"0cm\" fo:margin-bottom=\"0.5cm\" fo:padding=\"0cm\""
                                    + " fo:border-top=\"none\" fo:border-left=\"none\" fo:border-right=\"none\" fo:border-bottom=\"0.5pt solid #808080\"",
                                 text: StyleXML.allScripts(size: "6pt"))
            + StyleXML.paragraph(StyleName.footer, styleClass: "extra",
                                 paragraph: "fo:text-align=\"center\"", text: StyleXML.allScripts(size: "9pt"))
            + StyleXML.paragraph(StyleName.contentsHeading, parent: StyleName.heading, styleClass: "index",
                                 text: StyleXML.allScripts(weight: "bold", size: "16pt"))
            + StyleXML.paragraph(StyleName.contentsGroup, styleClass: "index",
                                 paragraph: "fo:margin-top=\"0.35cm\" fo:margin-bottom=\"0.1cm\" fo:keep-with-next=\"always\"",
                                 text: "\(sans) \(StyleXML.allScripts(weight: "bold"))")
            // The page number at the right margin after a line of dots; tab positions count from
            // the paragraph's indent.
            + StyleXML.paragraph(StyleName.contentsEntry, styleClass: "index",
                                 paragraph: "fo:margin-left=\"0.6cm\" fo:margin-bottom=\"0.12cm\"",
                                 tabStops: "<style:tab-stop style:position=\"15.9cm\" style:type=\"right\" style:leader-style=\"dotted\" style:leader-text=\".\"/>")
            + StyleXML.paragraph(StyleName.metadata, styleClass: "extra",
                                 paragraph: "fo:margin-bottom=\"0.08cm\"", text: StyleXML.allScripts(size: "10.5pt"))
            + StyleXML.paragraph(StyleName.tableContents, styleClass: "extra", text: StyleXML.allScripts(size: "10pt"))
            + (2...StyleName.maxTableDepth).map { depth in
                StyleXML.paragraph(StyleName.tableContents(depth: depth), parent: StyleName.tableContents, styleClass: "extra",
                                   paragraph: "fo:margin-left=\"\(Double(depth - 1) * 0.5)cm\"")
            }.joined()
            + StyleXML.paragraph(StyleName.tableHeading, parent: StyleName.tableContents, styleClass: "extra",
                                 paragraph: "fo:text-align=\"center\"", text: StyleXML.allScripts(weight: "bold"))
            + StyleXML.paragraph(StyleName.tableFigure, parent: StyleName.tableContents, styleClass: "extra",
                                 paragraph: "fo:text-align=\"end\"")
            + StyleXML.paragraph(StyleName.tableCentered, parent: StyleName.tableContents, styleClass: "extra",
                                 paragraph: "fo:text-align=\"center\"")
            + StyleXML.paragraph(StyleName.tableRight, parent: StyleName.tableContents, styleClass: "extra",
                                 paragraph: "fo:text-align=\"end\"")
            + StyleXML.paragraph(StyleName.comparisonHeading, parent: StyleName.tableContents, styleClass: "extra",
                                 paragraph: "fo:keep-with-next=\"always\"", text: StyleXML.allScripts(weight: "bold"))
            // Signers stand in the right half of the page, titles aligned, as a gazette prints them.
            + StyleXML.paragraph(StyleName.signature, parent: StyleName.textBody, styleClass: "text",
                                 paragraph: "fo:margin-left=\"8cm\" fo:margin-top=\"0.1cm\" fo:margin-bottom=\"0cm\""
                                    + " fo:text-align=\"start\" fo:keep-with-next=\"always\"")
            + StyleXML.paragraph(StyleName.delegation, parent: StyleName.signature, styleClass: "text",
                                 paragraph: "fo:margin-top=\"0.2cm\" fo:keep-with-next=\"auto\"", text: StyleXML.allScripts(size: "10.5pt"))
            + StyleXML.paragraph(StyleName.tableCaption, styleClass: "extra",
                                 paragraph: "fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.2cm\" fo:keep-with-next=\"always\"",
                                 text: StyleXML.allScripts(weight: "bold"))
        return xml
    }

    private static var textStyles: String {
        StyleXML.text(StyleName.emphasis, StyleXML.allScripts(slant: "italic"))
            + StyleXML.text(StyleName.strong, StyleXML.allScripts(weight: "bold"))
            + StyleXML.text(StyleName.sourceText, StyleXML.fonts(western: FontFaces.mono, asian: FontFaces.monoCJK))
            + StyleXML.text(StyleName.link, "fo:color=\"#000080\" style:text-underline-style=\"solid\" style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\"")
            + StyleXML.text(StyleName.visitedLink, "fo:color=\"#800000\" style:text-underline-style=\"solid\" style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\"")
            + StyleXML.text(StyleName.metadataLabel, StyleXML.allScripts(weight: "bold"))
            + StyleXML.text(StyleName.articleNumber, StyleXML.allScripts(weight: "bold"))
            + StyleXML.text(StyleName.inserted, "style:text-underline-style=\"solid\" style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\"")
            + StyleXML.text(StyleName.deleted, "style:text-line-through-style=\"solid\" style:text-line-through-type=\"single\"")
    }

    /// Headings are numbered by nothing but their text; the outline only ties levels to styles.
    private static var outline: String {
        var xml = "<text:outline-style style:name=\"Outline\">"
        for level in 1...10 {
            xml += "<text:outline-level-style text:level=\"\(level)\" style:num-format=\"\"/>"
        }
        return xml + "</text:outline-style>"
    }

    private static var tableStyles: String {
        StyleXML.style(StyleName.table, family: "table",
                       table: "style:width=\"\(portraitTextWidth)\" table:align=\"margins\" fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.4cm\"")
            + StyleXML.style(StyleName.tableCell, family: "table-cell", cell: cellProperties)
            + StyleXML.style(StyleName.tableHeaderCell, family: "table-cell", parent: StyleName.tableCell, cell: headerCellProperties)
    }

    static let cellProperties = "fo:padding=\"0.1cm\" fo:border=\"0.5pt solid #000000\""
    static let headerCellProperties = cellProperties + " fo:background-color=\"#e6e6e6\""

    private static func pageLayout(_ name: String, width: String, height: String, orientation: String) -> String {
        "<style:page-layout style:name=\"\(name)\"><style:page-layout-properties fo:page-width=\"\(width)\" fo:page-height=\"\(height)\""
            + " style:num-format=\"1\" style:print-orientation=\"\(orientation)\" fo:margin-top=\"2cm\" fo:margin-bottom=\"1.5cm\""
            + " fo:margin-left=\"2.5cm\" fo:margin-right=\"2cm\" style:writing-mode=\"lr-tb\"/>"
            + "<style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-top=\"0.4cm\"/></style:footer-style>"
            + "</style:page-layout>"
    }

    private static var pageLayouts: String {
        "<office:automatic-styles>"
            + pageLayout("A4Portrait", width: "21cm", height: "29.7cm", orientation: "portrait")
            + pageLayout("A4Landscape", width: "29.7cm", height: "21cm", orientation: "landscape")
            + "</office:automatic-styles>"
    }

    /// 第 n 頁，共 m 頁 in the footer of every page.
    private static var masterPages: String {
        let footer = "<style:footer><text:p text:style-name=\"\(StyleName.footer)\">第 <text:page-number text:select-page=\"current\">1</text:page-number>"
            + " 頁，共 <text:page-count>1</text:page-count> 頁</text:p></style:footer>"
        return "<office:master-styles>"
            + "<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4Portrait\">\(footer)</style:master-page>"
            + "<style:master-page style:name=\"\(landscapeMasterPage)\" style:page-layout-name=\"A4Landscape\">\(footer)</style:master-page>"
            + "</office:master-styles>"
    }
}
