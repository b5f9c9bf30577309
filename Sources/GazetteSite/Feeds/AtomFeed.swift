import GazetteContent

/// An Atom (RFC 4287) feed of notices. Its `updated` is the newest entry's date, never the
/// build clock, so the same content gives the same bytes.
struct AtomFeed {
    var title: String
    var selfURL: String
    var pageURL: String
    var positions: ArraySlice<Int>

    func render(in site: SiteContext) -> String {
        let notices = site.content.notices
        let updated = positions.first.map { notices[$0].date.rfc3339 } ?? "2000-01-01T00:00:00+08:00"
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(site.site.language))">
        <title>\(XMLText.escape(title))</title>
        <id>\(XMLText.escape(selfURL))</id>
        <updated>\(updated)</updated>
        <link rel="self" type="application/atom+xml" href="\(XMLText.escape(selfURL))"/>
        <link rel="alternate" type="text/html" href="\(XMLText.escape(pageURL))"/>
        <author><name>\(XMLText.escape(site.site.title))</name></author>
        <generator>Gazette</generator>

        """
        for position in positions {
            let notice = notices[position]
            let item = site.items[position]
            let url = site.urls.absolute(link: item.url)
            xml += """
            <entry>
            <title>\(XMLText.escape(notice.title))</title>
            <id>\(XMLText.escape(url))</id>
            <link rel="alternate" type="text/html" href="\(XMLText.escape(url))"/>
            <updated>\(notice.date.rfc3339)</updated>
            <author><name>\(XMLText.escape(item.agency))</name></author>
            <category term="\(XMLText.escape(notice.category))" label="\(XMLText.escape(item.category))"/>
            \(related(position, in: site))<summary>\(XMLText.escape(summary(position, in: site)))</summary>
            </entry>

            """
        }
        xml += "</feed>\n"
        return xml
    }

    /// A correction links the notice it corrects, and says so first in its summary.
    private func related(_ position: Int, in site: SiteContext) -> String {
        guard let corrected = site.relations.corrects[position]?.position else { return "" }
        let url = site.urls.absolute(link: site.items[corrected].url)
        return "<link rel=\"related\" type=\"text/html\" href=\"\(XMLText.escape(url))\"/>\n"
    }

    private func summary(_ position: Int, in site: SiteContext) -> String {
        let notice = site.content.notices[position]
        var parts: [String] = []
        if !notice.number.isEmpty { parts.append(notice.number) }
        if let corrected = site.relations.corrects[position] {
            parts.append(LifecycleWords.correctsField + "：" + site.entry(corrected).text)
        }
        if site.relations.isCorrected(position) { parts.append(LifecycleWords.corrected) }
        parts.append(site.texts.excerpt(at: position))
        return parts.joined(separator: "｜")
    }
}
