import Foundation

/// A spreadsheet document (.ods): its metadata and sheets. Cell styles are named in styles.xml;
/// content.xml carries only the column widths.
struct SpreadsheetDocument {
    var metadata: DocumentMetadata
    var sheets: [Sheet]

    var contentXML: String {
        var columnStyles: [Double: String] = [:]
        var automaticStyles = ""
        for width in sheets.flatMap(\.columnWidths) where columnStyles[width] == nil {
            let name = "co\(columnStyles.count + 1)"
            columnStyles[width] = name
            automaticStyles += StyleXML.style(name, family: "table-column", column: "style:column-width=\"\(width)cm\"")
        }
        var xml = Namespaces.root("office:document-content", Namespaces.spreadsheetContent)
        xml += "<office:automatic-styles>" + automaticStyles + "</office:automatic-styles><office:body><office:spreadsheet>"
        for sheet in sheets {
            xml += "<table:table table:name=\"\(ODFText.escape(sheet.name))\">"
            for width in sheet.columnWidths {
                xml += "<table:table-column table:style-name=\"\(columnStyles[width] ?? "")\" table:default-cell-style-name=\"\(SpreadsheetStyles.textCell)\"/>"
            }
            xml += "<table:table-header-rows>"
            for row in sheet.headerRows { append(row, to: &xml) }
            xml += "</table:table-header-rows>"
            for row in sheet.rows { append(row, to: &xml) }
            xml += "</table:table>"
        }
        return xml + "</office:spreadsheet></office:body></office:document-content>"
    }

    private func append(_ row: [SheetCell], to xml: inout String) {
        xml += "<table:table-row>"
        for cell in row { cell.append(to: &xml) }
        xml += "</table:table-row>"
    }

    /// The bytes of the .ods file.
    func package() throws(PackageError) -> Data {
        try ODFPackage(template: SpreadsheetStyles.template, parts: [
            ODFPackage.Part(path: "content.xml", xml: contentXML),
            ODFPackage.Part(path: "meta.xml", xml: metadata.xml),
        ], date: metadata.date).archive()
    }
}
