/// What readers are told about a downloadable file: its format name and media type.
public struct FileFormat: Sendable, Hashable {
    public var name: String
    public var mediaType: String

    /// For a file whose extension does not tell its format (two kinds of XML).
    public init(name: String, mediaType: String) {
        self.name = name
        self.mediaType = mediaType
    }

    /// An Akoma Ntoso document, with the media type OASIS defined for it, for registration with
    /// IANA (Akoma Ntoso Media Type Version 1.0). Its files end in `.xml` like any XML, so it is
    /// named here rather than found by extension.
    public static let akomaNtoso = FileFormat(name: "Akoma Ntoso XML", mediaType: "application/akn+xml")

    public static func forExtension(_ fileExtension: String) -> FileFormat {
        switch fileExtension.lowercased() {
        case "pdf": return FileFormat(name: "PDF", mediaType: "application/pdf")
        case "odt": return FileFormat(name: "ODT", mediaType: "application/vnd.oasis.opendocument.text")
        case "ods": return FileFormat(name: "ODS", mediaType: "application/vnd.oasis.opendocument.spreadsheet")
        case "odp": return FileFormat(name: "ODP", mediaType: "application/vnd.oasis.opendocument.presentation")
        case "csv": return FileFormat(name: "CSV", mediaType: "text/csv")
        case "json": return FileFormat(name: "JSON", mediaType: "application/json")
        case "xml": return FileFormat(name: "XML", mediaType: "application/xml")
        case "txt": return FileFormat(name: "純文字", mediaType: "text/plain")
        case "png": return FileFormat(name: "PNG 圖片", mediaType: "image/png")
        case "jpg", "jpeg": return FileFormat(name: "JPEG 圖片", mediaType: "image/jpeg")
        case "svg": return FileFormat(name: "SVG 圖片", mediaType: "image/svg+xml")
        case "zip": return FileFormat(name: "ZIP 壓縮檔", mediaType: "application/zip")
        case "docx": return FileFormat(name: "DOCX", mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        case "xlsx": return FileFormat(name: "XLSX", mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        default: return FileFormat(name: fileExtension.isEmpty ? "檔案" : fileExtension.uppercased(), mediaType: "application/octet-stream")
        }
    }
}
