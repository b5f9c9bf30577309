/// Reads site.yml: the title, base URL, language, and the category and agency lists.
enum SiteFileLoader {
    static let fields = ["title", "baseURL", "language", "description", "unsafeHTML", "pdf", "categories", "agencies"]

    static func load(_ text: YAMLText) -> (SiteSettings?, [Diagnostic]) {
        var reader: FieldReader
        switch text.fields(describedAs: "site.yml") {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let fields): reader = fields
        }
        reader.rejectUnknownKeys(allowed: fields)
        let title = reader.string("title", required: true, in: "site.yml")
        let baseURL = reader.string("baseURL", required: true, in: "site.yml")
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) || baseURL.contains(" ") {
            reader.report(.invalidURL(baseURL), at: reader.location(of: "baseURL"))
        }
        let language = reader.string("language", required: false, in: "site.yml") ?? "zh-Hant-TW"
        let description = reader.string("description", required: false, in: "site.yml")
        let unsafeHTML = reader.bool("unsafeHTML") ?? false
        let pdf = reader.bool("pdf") ?? false
        let categories = namedList(&reader, key: "categories", what: "category slug").map { Category(slug: $0.slug, name: $0.name) }
        let agencies = namedList(&reader, key: "agencies", what: "agency slug").map { Agency(slug: $0.slug, name: $0.name) }
        guard let title, let baseURL, !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
        let normalizedBase = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        return (SiteSettings(title: title, baseURL: normalizedBase, language: language, description: description,
                             allowsRawHTML: unsafeHTML, makesPDF: pdf, categories: categories, agencies: agencies),
                reader.diagnostics)
    }

    private static func namedList(_ reader: inout FieldReader, key: String, what: String) -> [(slug: String, name: String)] {
        var seen: [String: SourceLocation] = [:]
        var result: [(slug: String, name: String)] = []
        for var entry in reader.mappingList(key, required: true, in: "site.yml") {
            entry.rejectUnknownKeys(allowed: ["slug", "name"])
            let slug = entry.string("slug", required: true, in: "each of \(key)")
            let name = entry.string("name", required: true, in: "each of \(key)")
            if let slug {
                let location = entry.location(of: "slug")
                if !Slug.isValid(slug) {
                    entry.report(.invalidSlug(slug, what: what), at: location)
                } else if let first = seen[slug] {
                    entry.report(.duplicateSlug(slug, what: what, first: first), at: location)
                } else {
                    seen[slug] = location
                }
            }
            reader.absorb(entry)
            if let slug, let name { result.append((slug, name)) }
        }
        return result
    }
}

extension SiteSettings {
    /// site.yml read and checked on its own, for tools that extend it, such as an importer.
    public static func read(path: String, text: String) throws(DiagnosticError) -> SiteSettings {
        let (settings, diagnostics) = SiteFileLoader.load(YAMLText(path: path, text: text))
        guard let settings, !diagnostics.hasErrors else { throw DiagnosticError(diagnostics) }
        return settings
    }
}
