import GazetteContent

/// The index pages: `/categories/<slug>/`, `/agencies/<slug>/`, `/tags/<tag>/`, `/archive/<roc-year>/`,
/// each paginated, and the pages listing the categories, agencies, tags and years themselves.
struct ListPages: SiteSection {
    /// One kind of grouping: its index page, and one paginated list per term.
    struct Grouping {
        var entry: NavigationEntry
        var terms: [Term]
    }

    struct Term {
        var name: String
        var segments: [String]
        var positions: [Int]
        var feed: Bool
        /// A category's or an agency's codes, for its pages' metadata.
        var classification = NoticeClassification()
    }

    func jobs(for site: SiteContext) -> [OutputJob] {
        let index = site.index
        let groupings = [
            Grouping(entry: .categories, terms: site.site.categories.map {
                Term(name: $0.name, segments: SiteURLs.category($0.slug), positions: index.byCategory[$0.slug] ?? [], feed: true,
                     classification: $0.classification)
            }),
            Grouping(entry: .agencies, terms: site.site.agencies.map {
                Term(name: $0.name, segments: SiteURLs.agency($0.slug), positions: index.byAgency[$0.slug] ?? [], feed: true,
                     classification: $0.classification)
            }),
            Grouping(entry: .tags, terms: index.tags.map {
                Term(name: $0, segments: SiteURLs.tag($0), positions: index.byTag[$0] ?? [], feed: false)
            }),
            Grouping(entry: .archive, terms: index.byYear.keys.sorted(by: >).map {
                Term(name: "民國 \($0) 年", segments: SiteURLs.archive($0), positions: index.byYear[$0] ?? [], feed: false)
            }),
        ]
        var jobs: [OutputJob] = []
        for grouping in groupings {
            jobs.append(termIndexJob(grouping, site: site))
            for term in grouping.terms {
                jobs += listJobs(term, grouping: grouping, site: site)
            }
        }
        return jobs
    }

    private func termIndexJob(_ grouping: Grouping, site: SiteContext) -> OutputJob {
        let segments = grouping.entry.segments
        return OutputJob(path: outputPath(segments), sitemap: SitemapEntry(url: site.urls.absolute(segments)),
                         key: { site.keys.allMetadata }) {
            var context = site.page(title: grouping.entry.name, segments: segments, section: grouping.entry.key,
                                    breadcrumbs: [Breadcrumb(grouping.entry.name)])
            context["terms"] = grouping.terms.map { term -> [String: Any] in
                ["name": term.name, "url": site.urls.link(term.segments), "count": term.positions.count]
            }
            return .text(site.templates.render("terms", context))
        }
    }

    private func listJobs(_ term: Term, grouping: Grouping, site: SiteContext) -> [OutputJob] {
        let pageCount = max(1, (term.positions.count + site.pageSize - 1) / site.pageSize)
        let heading = "\(grouping.entry.name)：\(term.name)"
        let feedURL = term.feed ? site.urls.link(term.segments, file: "feed.xml") : nil
        return (1...pageCount).map { number in
            let segments = SiteURLs.page(number, of: term.segments)
            let slice = term.positions.dropFirst((number - 1) * site.pageSize).prefix(site.pageSize)
            // A page shows its own slice and the list's length (heading, pagination): an edit re-renders one page.
            return OutputJob(path: outputPath(segments), sitemap: SitemapEntry(url: site.urls.absolute(segments)),
                             key: { site.keys.metadata(slice) { $0.combine(term.positions.count) } }) {
                let title = pageCount > 1 ? "\(heading)（第 \(number) 頁）" : heading
                var list: [String: Any] = [
                    "heading": title,
                    "total": term.positions.count,
                    "items": slice.map { site.items[$0] },
                ]
                if let feedURL { list["feed"] = feedURL }
                if pageCount > 1 {
                    list["pageLabel"] = "第 \(number) 頁，共 \(pageCount) 頁"
                    list["pagination"] = Self.pagination(number: number, count: pageCount, list: term.segments, site: site)
                }
                var crumbs = [Breadcrumb(grouping.entry.name, site.urls.link(grouping.entry.segments))]
                if number > 1 {
                    crumbs += [Breadcrumb(term.name, site.urls.link(term.segments)), Breadcrumb("第 \(number) 頁")]
                } else {
                    crumbs.append(Breadcrumb(term.name))
                }
                var context = site.page(title: title, segments: segments, section: grouping.entry.key, breadcrumbs: crumbs,
                                        feed: feedURL.map { ("\(site.site.title)：\(heading)", $0) },
                                        about: .notices(Array(slice), classification: term.classification))
                context["list"] = list
                return .text(site.templates.render("list", context))
            }
        }
    }

    static func pagination(number: Int, count: Int, list: [String], site: SiteContext) -> [String: Any] {
        var data: [String: Any] = [
            "label": "分頁",
            "pages": (1...count).map { page -> [String: Any] in
                ["number": page, "link": site.urls.link(SiteURLs.page(page, of: list)), "current": page == number]
            },
        ]
        if number > 1 { data["previous"] = site.urls.link(SiteURLs.page(number - 1, of: list)) }
        if number < count { data["next"] = site.urls.link(SiteURLs.page(number + 1, of: list)) }
        return data
    }
}
