/// The namespaces of ODF parts. Each root element declares only those its part uses, since
/// the declarations are repeated in every one of thousands of documents.
enum Namespace: String {
    case office, style, text, table, fo, svg, number, meta, dc, xlink, of

    var uri: String {
        switch self {
        case .office: return "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
        case .style: return "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
        case .text: return "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
        case .table: return "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
        case .fo: return "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
        case .svg: return "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
        case .number: return "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
        case .meta: return "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
        case .dc: return "http://purl.org/dc/elements/1.1/"
        case .xlink: return "http://www.w3.org/1999/xlink"
        case .of: return "urn:oasis:names:tc:opendocument:xmlns:of:1.2"
        }
    }
}

enum Namespaces {
    static let content: [Namespace] = [.office, .style, .text, .table, .fo, .xlink]
    static let spreadsheetContent: [Namespace] = [.office, .style, .text, .table, .fo, .number, .of]
    static let styles: [Namespace] = [.office, .style, .text, .table, .fo, .svg, .number]
    static let meta: [Namespace] = [.office, .meta, .dc]

    /// `<?xml …?>` and the opening tag of a part's root element, with its version.
    static func root(_ element: String, _ namespaces: [Namespace]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<\(element)"
        for namespace in namespaces { xml += " xmlns:\(namespace.rawValue)=\"\(namespace.uri)\"" }
        return xml + " office:version=\"\(ODFVersion.declared)\">"
    }
}
