import GazetteContent

/// `/data/datasets.json` and `/data/datasets.csv`: every open-data file of the site described in
/// the fields of the national open-data platform (data.gov.tw), so an agency can list them there;
/// and `/license/`, which declares the licence every one of them is under.
struct DatasetCatalog: SiteSection {
    static let jsonFile = "datasets.json"
    static let csvFile = "datasets.csv"

    func jobs(for site: SiteContext) -> [OutputJob] {
        let datasets = Self.datasets(in: site)
        let rows = datasets.map { Self.row($0, in: site) }
        return [
            OutputJob(path: "data/" + Self.jsonFile) {
                .text(JSONValue.array(rows.map { row in
                    .object(zip(OpenDataWords.fields, row).map { ($0, $1.map(JSONValue.string) ?? .null) })
                }).serialized + "\n")
            },
            OutputJob(path: "data/" + Self.csvFile) {
                .text(CSVTable(header: OpenDataWords.fields, rows: rows.map { $0.map { $0 ?? "" } }).serialized)
            },
            OutputJob(path: outputPath(SiteURLs.license), sitemap: SitemapEntry(url: site.urls.absolute(SiteURLs.license))) {
                var context = site.page(title: NavigationEntry.license.name, segments: SiteURLs.license, section: nil,
                                        breadcrumbs: [Breadcrumb(NavigationEntry.license.name)])
                context["license"] = [
                    "name": OpenDataWords.licence, "url": OpenDataWords.licenceURL,
                    "publisher": site.site.publisher.name ?? site.site.title,
                    "catalogJSON": site.urls.link(["data"], file: Self.jsonFile),
                    "catalogCSV": site.urls.link(["data"], file: Self.csvFile),
                    "datasets": datasets.map { dataset -> [String: Any] in
                        ["title": dataset.title, "files": dataset.files.map { file in
                            ["url": site.urls.link(file.segments, file: file.name), "format": file.format, "name": file.name]
                        }]
                    },
                ]
                return .text(site.templates.render("license", context))
            },
        ]
    }

    /// The notice register, the issues' files, then what extensions add (the plans' budgets).
    static func datasets(in site: SiteContext) -> [OpenDataset] {
        let title = site.site.title
        let dates = site.content.notices.map(\.date)
        var datasets = [OpenDataset(
            identifier: "notices", title: OpenDataWords.noticesTitle(title), description: OpenDataWords.noticesDescription(title),
            fields: OpenDataSection.csvHeader,
            files: [OpenDataset.File(segments: ["data"], name: "notices.json", format: "JSON"),
                    OpenDataset.File(segments: ["data"], name: "notices.csv", format: "CSV")],
            page: ["gazette"], firstDate: dates.min(), lastDate: dates.max(), recordCount: dates.count)]
        if !site.content.issues.isEmpty {
            let issueDates = site.content.issues.map(\.date)
            datasets.append(OpenDataset(
                identifier: "issues", title: OpenDataWords.issuesTitle(title), description: OpenDataWords.issuesDescription(title),
                fields: ["slug", "title", "date", "url", "notices"],
                files: site.content.issues.map { OpenDataset.File(segments: ["data", "issues"], name: $0.slug + ".json", format: "JSON") },
                page: ["gazette"], firstDate: issueDates.min(), lastDate: issueDates.max(), recordCount: issueDates.count))
        }
        return datasets + site.extraDatasets
    }

    private static func row(_ dataset: OpenDataset, in site: SiteContext) -> [String?] {
        let settings = site.site
        var formats: [String] = []
        for file in dataset.files where !formats.contains(file.format) { formats.append(file.format) }
        return [
            dataset.identifier, dataset.title, formats.joined(separator: ";"),
            dataset.files.map { site.urls.absolute($0.segments, file: $0.name) }.joined(separator: ";"),
            OpenDataWords.encoding, dataset.description, dataset.fields.joined(separator: "、"),
            settings.publisher.name ?? settings.title, settings.openData.updateFrequency ?? OpenDataWords.defaultFrequency,
            OpenDataWords.licence, site.urls.absolute(SiteURLs.license), site.urls.absolute(dataset.page), OpenDataWords.cost,
            settings.openData.contactName, settings.openData.contactPhone,
            dataset.firstDate?.iso, dataset.lastDate?.iso, String(dataset.recordCount),
        ]
    }
}
