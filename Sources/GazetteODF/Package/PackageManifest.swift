/// `META-INF/manifest.xml`: the package itself and every part in it, with their media types.
enum PackageManifest {
    static func xml(kind: DocumentKind, parts: [(path: String, mediaType: String)]) -> String {
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="\(ODFVersion.declared)">\
        <manifest:file-entry manifest:full-path="/" manifest:version="\(ODFVersion.declared)" manifest:media-type="\(kind.mediaType)"/>
        """
        for part in parts {
            xml += "<manifest:file-entry manifest:full-path=\"\(part.path)\" manifest:media-type=\"\(part.mediaType)\"/>"
        }
        xml += "</manifest:manifest>"
        return xml
    }
}
