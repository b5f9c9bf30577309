/// The namespace declarations every part's root element carries; declaring the whole set
/// everywhere keeps the writers free to use any prefix.
enum Namespaces {
    static let all = [
        ("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
        ("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
        ("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
        ("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
        ("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
        ("svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
        ("number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"),
        ("meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("xlink", "http://www.w3.org/1999/xlink"),
        ("of", "urn:oasis:names:tc:opendocument:xmlns:of:1.2"),
    ].map { " xmlns:\($0.0)=\"\($0.1)\"" }.joined()

    /// `<?xml …?>` and the opening tag of a part's root element, with its version.
    static func root(_ element: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<\(element)\(all) office:version=\"\(ODFVersion.declared)\">"
    }
}
