import Foundation

/// styles.xml of every spreadsheet: named cell styles (headings, wrapped text, amounts shown
/// with thousands separators, totals) and A4 landscape pages with page numbers.
enum SpreadsheetStyles {
    static let headingCell = "Heading"
    static let textCell = "Text"
    static let amountCell = "Amount"
    static let totalLabelCell = "Total"
    static let totalAmountCell = "Total_20_Amount"
    private static let amountFormat = "Amount_20_Format"

    /// Text indented for an item at `depth` of a hierarchy (depth 1 is not indented).
    static func textCell(depth: Int) -> String {
        depth <= 1 ? textCell : "Text_20_\(min(depth, StyleName.maxTableDepth))"
    }

    static let xml: Data = Data(document.utf8)

    static let template = PackageTemplate(kind: .spreadsheet, shared: [ODFPackage.Part(path: "styles.xml", bytes: xml)],
                                          documentParts: ["content.xml", "meta.xml"])

    private static var document: String {
        let language = "fo:language=\"zh\" fo:country=\"TW\" style:language-asian=\"zh\" style:country-asian=\"TW\""
        let wrapTop = "fo:wrap-option=\"wrap\" style:vertical-align=\"top\" fo:padding=\"0.05cm\""
        var xml = Namespaces.root("office:document-styles", Namespaces.styles) + FontFaces.declarations + "<office:styles>"
        xml += "<number:number-style style:name=\"\(amountFormat)\"><number:number number:decimal-places=\"0\""
            + " number:min-integer-digits=\"1\" number:grouping=\"true\"/></number:number-style>"
        xml += "<style:default-style style:family=\"table-cell\"><style:text-properties"
            + " \(StyleXML.fonts(western: FontFaces.sans, asian: FontFaces.sansCJK)) \(StyleXML.allScripts(size: "10pt")) \(language)/>"
            + "</style:default-style>"
        xml += StyleXML.style("Default", family: "table-cell")
        xml += StyleXML.style(textCell, family: "table-cell", parent: "Default", cell: wrapTop)
        for depth in 2...StyleName.maxTableDepth {
            xml += StyleXML.style(textCell(depth: depth), family: "table-cell", parent: textCell,
                                  paragraph: "fo:margin-left=\"\(Double(depth - 1) * 0.4)cm\"", cell: wrapTop)
        }
        xml += StyleXML.style(headingCell, family: "table-cell", parent: "Default",
                              paragraph: "fo:text-align=\"center\"", text: StyleXML.allScripts(weight: "bold"),
                              cell: "fo:wrap-option=\"wrap\" style:vertical-align=\"middle\" fo:background-color=\"#e6e6e6\" fo:padding=\"0.05cm\"")
        xml += amountStyle(amountCell, bold: false) + amountStyle(totalAmountCell, bold: true)
        xml += StyleXML.style(totalLabelCell, family: "table-cell", parent: textCell,
                              text: StyleXML.allScripts(weight: "bold"), cell: wrapTop)
        xml += "</office:styles>"
        xml += "<office:automatic-styles><style:page-layout style:name=\"A4Landscape\"><style:page-layout-properties"
            + " fo:page-width=\"29.7cm\" fo:page-height=\"21cm\" style:print-orientation=\"landscape\" fo:margin=\"1.5cm\"/>"
            + "<style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-top=\"0.3cm\"/></style:footer-style>"
            + "</style:page-layout></office:automatic-styles>"
        xml += "<office:master-styles><style:master-page style:name=\"Default\" style:page-layout-name=\"A4Landscape\">"
            + "<style:footer><text:p>第 <text:page-number>1</text:page-number> 頁，共 <text:page-count>1</text:page-count> 頁</text:p></style:footer>"
            + "</style:master-page></office:master-styles>"
        return xml + "</office:document-styles>"
    }

    private static func amountStyle(_ name: String, bold: Bool) -> String {
        StyleXML.style(name, family: "table-cell", parent: "Default", dataStyle: amountFormat,
                       paragraph: "fo:text-align=\"end\"", text: bold ? StyleXML.allScripts(weight: "bold") : nil,
                       cell: "style:vertical-align=\"top\" fo:padding=\"0.05cm\"")
    }
}
