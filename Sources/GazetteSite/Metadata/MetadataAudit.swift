import GazetteContent

/// What `gazette check` reports of the national metadata rule: every element some page would
/// lack, at the place to fill it. A key only site.yml gives (publisher, agency code, rights) is
/// reported once; every other gap of a notice is reported on its file, with the places that could fill it.
public enum MetadataAudit {
    public static func gaps(in site: SiteContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let settings = site.site
        let siteWide = DublinCore.missing(from: DublinCore.elements(
            title: settings.title, facts: SubjectFacts.facts(of: .site, title: settings.title, description: settings.description, in: site),
            publisher: settings.publisher, language: settings.language))
        let siteFile = SourceLocation(path: settings.path)
        for (keys, elements) in siteKeys(for: siteWide) {
            diagnostics.append(Diagnostic(.metadataGap(elements: elements, pages: "the pages that take them from site.yml",
                                                       fix: "add \(keys) to site.yml"), at: siteFile, severity: .warning))
        }
        // Only site.yml gives these; every other gap of a notice is its own, whatever site.yml lacks.
        let onlyFromSite: Set = ["DC.Publisher", "DC.Identifier", "DC.Rights"]
        for (position, notice) in site.content.notices.enumerated() {
            let description = notice.summary ?? (notice.body.contains { !$0.isWhitespace } ? notice.title : nil)
            let facts = SubjectFacts.facts(of: .notice(position), title: notice.title, description: description, in: site)
            let missing = DublinCore.missing(from: DublinCore.elements(title: notice.title, facts: facts,
                                                                       publisher: settings.publisher, language: settings.language))
                .filter { !onlyFromSite.contains($0) }
            guard !missing.isEmpty else { continue }
            diagnostics.append(Diagnostic(.metadataGap(elements: missing, pages: "its page",
                                                       fix: noticeFix(for: missing, notice, in: settings)),
                                          at: SourceLocation(path: notice.sourcePath), severity: .warning))
        }
        return diagnostics
    }

    /// The site.yml keys that fill `missing`, each with the elements it fills.
    private static func siteKeys(for missing: [String]) -> [(String, [String])] {
        let keys: [(key: String, elements: Set<String>)] = [
            ("'publisher: <the agency's name>'", ["DC.Publisher", "DC.Creator", "DC.Contributor"]),
            ("'agencyCode: <its code in the national list of agency codes>'", ["DC.Identifier"]),
            ("'rights: <who holds the rights>'", ["DC.Rights"]),
            ("'description: <what the site publishes>'", ["DC.Description"]),
            ("'classification: {theme: …}'", ["Category.Theme"]),
            ("'classification: {cake: …}'", ["Category.Cake"]),
            ("'classification: {service: …}'", ["Category.Service"]),
        ]
        return keys.compactMap { entry in
            let elements = missing.filter { entry.elements.contains($0) }
            return elements.isEmpty ? nil : (entry.key, elements)
        }
    }

    private static func noticeFix(for missing: [String], _ notice: Notice, in settings: SiteSettings) -> String {
        var fixes: [String] = []
        if missing.contains("DC.Description") { fixes.append("add 'summary:' to its front matter") }
        let schemes = missing.filter { $0.hasPrefix("Category.") }
        if !schemes.isEmpty {
            let keys = schemes.map { $0 == "Category.Theme" ? "theme" : $0 == "Category.Cake" ? "cake" : "service" }
            var places = "'classification: {\(keys.joined(separator: ", "))}' to its front matter"
            if let location = settings.category(notice.category)?.location { places += ", to its category (\(location))" }
            places += " or to site.yml"
            fixes.append("add " + places)
        }
        let others = missing.filter { $0 != "DC.Description" && !$0.hasPrefix("Category.") }
        if !others.isEmpty { fixes.append("give it agencies, tags or a date for \(others.joined(separator: ", "))") }
        return fixes.joined(separator: "; ")
    }
}
