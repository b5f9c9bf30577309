import GazetteContent
import GazetteSite

/// The data of `search.mustache`: filter choices and what the script needs to find the index.
struct SearchPage {
    let site: SiteContext
    let shardCount: Int

    func render() -> String {
        var data = site.page(title: "搜尋", segments: ["search"], section: "search", breadcrumbs: [Breadcrumb("搜尋")],
                             description: "以任意字詞搜尋\(site.site.title)的公告、法規與公示送達。")
        data["search"] = [
            "categories": site.site.categories.enumerated().map { ["value": String($0.offset), "name": $0.element.name] },
            "agencies": site.site.agencies.enumerated().map { ["value": String($0.offset), "name": $0.element.name] },
            "years": years.map { ["value": String($0.year), "name": "\($0.year) 年"] },
            "settings": settings,
            "script": site.urls.link(["assets"], file: "search.js"),
        ] as [String: Any]
        return site.templates.render("search", data)
    }

    /// Notices are numbered newest first, so each ROC year is one range of document numbers.
    private var years: [(year: Int, first: Int, end: Int)] {
        var ranges: [(year: Int, first: Int, end: Int)] = []
        for (id, position) in site.index.recent.enumerated() {
            let year = site.content.notices[position].date.rocYear
            if let last = ranges.last, last.year == year {
                ranges[ranges.count - 1].end = id + 1
            } else {
                ranges.append((year, id, id + 1))
            }
        }
        return ranges
    }

    private var settings: String {
        JSONValue.object([
            ("base", .string(site.urls.link(["search"]))),
            ("shards", .number(shardCount)),
            ("documents", .number(site.index.recent.count)),
            ("years", .array(years.map { .array([.number($0.year), .number($0.first), .number($0.end)]) })),
        ]).serialized
    }
}
