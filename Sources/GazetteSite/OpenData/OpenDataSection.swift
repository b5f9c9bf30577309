import GazetteContent

/// `/data/notices.json`, `/data/notices.csv` and `/data/issues/<issue>.json`: the notice register
/// as open data, with ISO dates and absolute URLs.
struct OpenDataSection: SiteSection {
    /// `numbers` and `agencies` list every number and agency of a joint notice, `;`-separated as
    /// the Executive Yuan Gazette's open data separates them; `number` and `agency` are the first.
    /// Later columns are added after these, named as in the JSON, a nested key after its parent
    /// and `_` (`source_id` is the JSON's `source.id`).
    static let csvHeader = ["number", "title", "category", "agency", "date", "issue", "url", "numbers", "agencies",
                            "titleEnglish", "subtype", "republication", "source_id", "source_url"]
        + NoticeClassification().schemes.map { "classification_" + $0.key } + LifecycleRecord.csvHeader

    func jobs(for site: SiteContext) -> [OutputJob] {
        var jobs = [
            OutputJob(path: "data/notices.json", key: { site.keys.allMetadata }) {
                .text(JSONValue.array(site.index.recent.map { record($0, site) }).serialized + "\n")
            },
            OutputJob(path: "data/notices.csv", key: { site.keys.allMetadata }) {
                let rows = site.index.recent.map { position -> [String] in
                    let notice = site.content.notices[position]
                    let item = site.items[position]
                    return [notice.number, notice.title, item.category, item.agency, notice.date.iso,
                            item.issueTitle, site.urls.absolute(link: item.url), notice.numbers.joined(separator: ";"),
                            notice.agencies.map { site.site.agency($0)?.name ?? $0 }.joined(separator: ";"),
                            notice.titleEnglish ?? "", notice.subtype ?? "", notice.isRepublication ? "true" : "false",
                            notice.source?.id ?? "", notice.source?.url ?? ""]
                        + notice.classification.schemes.map { $0.codes.joined(separator: ";") }
                        + LifecycleRecord.csv(position, in: site)
                }
                return .text(CSVTable(header: Self.csvHeader, rows: rows).serialized)
            },
        ]
        for issue in site.content.issues {
            let positions = site.index.byIssue[issue.slug] ?? []
            jobs.append(OutputJob(path: "data/issues/\(issue.slug).json", key: { site.keys.metadata(positions) }) {
                let document = JSONValue.object([
                    ("slug", .string(issue.slug)),
                    ("title", .string(issue.title)),
                    ("date", .string(issue.date.iso)),
                    ("url", .string(site.urls.absolute(SiteURLs.issue(issue.slug)))),
                    ("notices", .array(positions.map { record($0, site) })),
                    ("license", .string(site.urls.absolute(SiteURLs.license))),
                ])
                return .text(document.serialized + "\n")
            })
        }
        return jobs
    }

    private func record(_ position: Int, _ site: SiteContext) -> JSONValue {
        let notice = site.content.notices[position]
        let item = site.items[position]
        return .object([
            ("number", .string(notice.number)),
            ("title", .string(notice.title)),
            ("category", .string(notice.category)),
            ("categoryName", .string(item.category)),
            ("agency", .string(notice.agency)),
            ("agencyName", .string(item.agency)),
            ("date", .string(notice.date.iso)),
            ("issue", .string(notice.issueSlug)),
            ("issueTitle", .string(item.issueTitle)),
            ("tags", .array(notice.tags.map(JSONValue.string))),
            ("url", .string(site.urls.absolute(link: item.url))),
            ("numbers", .array(notice.numbers.map(JSONValue.string))),
            ("agencies", .array(notice.agencies.map(JSONValue.string))),
            ("signers", .array(notice.signers.map { .object([("title", .string($0.title)), ("name", .string($0.name))]) })),
            ("titleEnglish", notice.titleEnglish.map(JSONValue.string) ?? .null),
            ("subtype", notice.subtype.map(JSONValue.string) ?? .null),
            ("republication", .bool(notice.isRepublication)),
            ("source", notice.source.map { source in
                .object([("id", .string(source.id)), ("url", source.url.map(JSONValue.string) ?? .null)])
            } ?? .null),
            ("classification", .object(notice.classification.schemes.map { ($0.key, .array($0.codes.map(JSONValue.string))) })),
        ] + LifecycleRecord.json(position, in: site))
    }
}
