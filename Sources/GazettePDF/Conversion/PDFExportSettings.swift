/// How LibreOffice writes the PDF: PDF/A-2b (every font embedded), tagged for screen readers,
/// with an outline from the headings and the document's title shown instead of its file name.
enum PDFExportSettings {
    static let filter: String = {
        let options: [(name: String, type: String, value: String)] = [
            ("SelectPdfVersion", "long", "2"),
            ("UseTaggedPDF", "boolean", "true"),
            ("ExportBookmarks", "boolean", "true"),
            ("DisplayPDFDocumentTitle", "boolean", "true"),
            ("ExportNotes", "boolean", "false"),
        ]
        let json = options.map { "\"\($0.name)\":{\"type\":\"\($0.type)\",\"value\":\"\($0.value)\"}" }.joined(separator: ",")
        return "pdf:writer_pdf_Export:{\(json)}"
    }()
}
