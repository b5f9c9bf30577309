import GazetteContent

/// `/gazette/`: every issue, newest first, grouped by ROC year; `/gazette/<issue>/`: one issue's
/// table of contents grouped by category in site.yml order.
struct IssuePages: SiteSection {
    func jobs(for site: SiteContext) -> [OutputJob] {
        var jobs = [OutputJob(path: outputPath(["gazette"]), sitemap: SitemapEntry(url: site.urls.absolute(["gazette"])),
                              key: { site.keys.allMetadata }) {
            .text(renderIndex(site))
        }]
        for issue in site.content.issues {
            let segments = SiteURLs.issue(issue.slug)
            let page = outputPath(segments)
            let positions = site.index.byIssue[issue.slug] ?? []
            jobs.append(OutputJob(path: page,
                                  sitemap: SitemapEntry(url: site.urls.absolute(segments), lastModified: issue.date.iso),
                                  key: { site.keys.metadata(positions) { site.documents.combine(forPage: page, into: &$0) } }) {
                var context = site.page(title: issue.title, segments: segments, section: NavigationEntry.issues.key,
                                        breadcrumbs: [Breadcrumb("公報期別", site.urls.link(["gazette"])), Breadcrumb(issue.title)],
                                        description: "\(site.site.title) \(issue.title)，\(issue.date.rocLong)出刊",
                                        about: .issue(issue))
                context["issue"] = Self.contents(of: issue, in: site)
                context.merge(site.documents.templateData(forPage: outputPath(segments))) { $1 }
                return .text(site.templates.render("issue", context))
            })
        }
        return jobs
    }

    /// An issue with its notices grouped by category: shared by the issue page and the home page.
    static func contents(of issue: Issue, in site: SiteContext) -> [String: Any] {
        let positions = site.index.byIssue[issue.slug] ?? []
        let groups = site.site.categories.compactMap { category -> [String: Any]? in
            let notices = positions.filter { site.content.notices[$0].category == category.slug }.map { site.items[$0] }
            guard !notices.isEmpty else { return nil }
            return ["name": category.name, "slug": category.slug, "notices": notices]
        }
        return ["title": issue.title, "url": site.urls.link(SiteURLs.issue(issue.slug)), "dateISO": issue.date.iso,
                "dateROC": issue.date.rocLong, "count": positions.count, "groups": groups]
    }

    private func renderIndex(_ site: SiteContext) -> String {
        var years: [(Int, [[String: Any]])] = []
        for issue in site.content.issues {
            let entry: [String: Any] = ["title": issue.title, "url": site.urls.link(SiteURLs.issue(issue.slug)),
                                        "dateISO": issue.date.iso, "dateROC": issue.date.rocLong,
                                        "count": site.index.byIssue[issue.slug]?.count ?? 0]
            if years.last?.0 == issue.date.rocYear {
                years[years.count - 1].1.append(entry)
            } else {
                years.append((issue.date.rocYear, [entry]))
            }
        }
        var context = site.page(title: "公報期別", segments: ["gazette"], section: NavigationEntry.issues.key,
                                breadcrumbs: [Breadcrumb("公報期別")])
        context["issueCount"] = site.content.issues.count
        context["years"] = years.map { ["rocYear": $0.0, "issues": $0.1] }
        return site.templates.render("issues", context)
    }
}
