/// Reads site.yml: the title, base URL, language, and the category and agency lists.
enum SiteFileLoader {
    static let fields = ["title", "baseURL", "language", "description", "unsafeHTML", "pdf", "categories", "agencies",
                         "regulations", "holidays", "locality",
                         "publisher", "agencyCode", "rights", "classification", "openData"]

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
        let publisher = Publisher(name: reader.string("publisher", required: false, in: "site.yml"),
                                  agencyCode: reader.string("agencyCode", required: false, in: "site.yml"),
                                  rights: reader.string("rights", required: false, in: "site.yml"),
                                  classification: reader.classification(in: "site.yml"))
        let openData = openDataSettings(&reader)
        let categories = namedList(&reader, key: "categories", what: "category slug",
                                   extraKeys: ["serviceTakesEffectAfterDays", "serviceBasis", "classification"]) { entry in
            (serviceRule(&entry), entry.classification(in: "a category"))
        }.map { Category(slug: $0.slug, name: $0.name, serviceRule: $0.extra.0, classification: $0.extra.1, location: $0.location) }
        let agencies = namedList(&reader, key: "agencies", what: "agency slug", extraKeys: ["classification"]) { entry in
            entry.classification(in: "an agency")
        }.map { Agency(slug: $0.slug, name: $0.name, classification: $0.extra, location: $0.location) }
        let regulations = namedList(&reader, key: "regulations", what: "regulation slug", required: false)
            .map { Regulation(slug: $0.slug, name: $0.name) }
        let locality = reader.string("locality", required: false, in: "site.yml")
        if let locality, !isLocality(locality) {
            reader.report(.wrongType(field: "locality", expected: "an ISO 3166-2 subdivision code of Taiwan in lowercase, e.g. khh"),
                          at: reader.location(of: "locality"))
        }
        var holidays: [CivilDate] = []
        for (text, location) in reader.stringList("holidays") {
            if let date = CivilDate(iso: text) { holidays.append(date) } else { reader.report(.invalidDate(text), at: location) }
        }
        guard let title, let baseURL, !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
        let normalizedBase = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        return (SiteSettings(title: title, baseURL: normalizedBase, language: language, description: description,
                             allowsRawHTML: unsafeHTML, makesPDF: pdf, categories: categories, agencies: agencies,
                             regulations: regulations, calendar: LegalCalendar(holidays: holidays),
                             locality: locality, publisher: publisher, openData: openData, path: text.path),
                reader.diagnostics)
    }

    private static func openDataSettings(_ reader: inout FieldReader) -> OpenDataSettings {
        guard var entry = reader.mapping("openData", required: false, in: "site.yml") else { return OpenDataSettings() }
        entry.rejectUnknownKeys(allowed: ["contactName", "contactPhone", "updateFrequency"])
        let settings = OpenDataSettings(contactName: entry.string("contactName", required: false, in: "openData"),
                                        contactPhone: entry.string("contactPhone", required: false, in: "openData"),
                                        updateFrequency: entry.string("updateFrequency", required: false, in: "openData"))
        reader.absorb(entry)
        return settings
    }

    /// A code of ISO 3166-2:TW (`khh`, `tpe`, `chh`): one to three lowercase letters or digits, so
    /// that it can stand in a URI after `tw-`.
    private static func isLocality(_ text: String) -> Bool {
        (1...3).contains(text.utf8.count) && text.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) }
    }

    /// `serviceTakesEffectAfterDays` and `serviceBasis` go together: the date is shown with its basis.
    private static func serviceRule(_ entry: inout FieldReader) -> ServiceRule? {
        let daysText = entry.string("serviceTakesEffectAfterDays", required: false, in: "a category")
        let basis = entry.string("serviceBasis", required: daysText != nil, in: "a category with serviceTakesEffectAfterDays")
        guard let daysText else {
            if basis != nil { entry.report(.missingField("serviceTakesEffectAfterDays", in: "a category with serviceBasis"), at: entry.location(of: "serviceBasis")) }
            return nil
        }
        guard let days = Int(daysText), (0...3650).contains(days) else {
            entry.report(.wrongType(field: "serviceTakesEffectAfterDays", expected: "a whole number of days from 0 to 3650, e.g. 20"),
                         at: entry.location(of: "serviceTakesEffectAfterDays"))
            return nil
        }
        return basis.map { ServiceRule(days: days, basis: $0) }
    }

    private static func namedList(_ reader: inout FieldReader, key: String, what: String,
                                  required: Bool = true) -> [(slug: String, name: String)] {
        namedList(&reader, key: key, what: what, required: required, extraKeys: []) { _ in () }.map { ($0.slug, $0.name) }
    }

    private static func namedList<Extra>(_ reader: inout FieldReader, key: String, what: String, required: Bool = true,
                                         extraKeys: [String],
                                         extra readExtra: (inout FieldReader) -> Extra)
        -> [(slug: String, name: String, extra: Extra, location: SourceLocation)] {
        var seen: [String: SourceLocation] = [:]
        var result: [(slug: String, name: String, extra: Extra, location: SourceLocation)] = []
        for var entry in reader.mappingList(key, required: required, in: "site.yml") {
            entry.rejectUnknownKeys(allowed: ["slug", "name"] + extraKeys)
            let slug = entry.string("slug", required: true, in: "each of \(key)")
            let name = entry.string("name", required: true, in: "each of \(key)")
            let extra = readExtra(&entry)
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
            if let slug, let name { result.append((slug, name, extra, entry.location(of: "slug"))) }
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
