/// sitemap.xml in the sitemaps.org 0.9 schema: every page that has content of its own.
enum Sitemap {
    static func render(_ entries: [SitemapEntry]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries.sorted(by: { $0.url < $1.url }) {
            xml += "<url><loc>\(XMLText.escape(entry.url))</loc>"
            if let lastModified = entry.lastModified { xml += "<lastmod>\(lastModified)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}
