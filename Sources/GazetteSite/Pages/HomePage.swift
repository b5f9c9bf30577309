/// `/`: the latest issue with its table of contents, and the latest notices.
struct HomePage: SiteSection {
    static let latestCount = 10

    func jobs(for site: SiteContext) -> [OutputJob] {
        [OutputJob(path: outputPath([]), sitemap: SitemapEntry(url: site.urls.absolute([]))) {
            var context = site.page(title: nil, segments: [], section: NavigationEntry.home.key, breadcrumbs: [])
            if let latest = site.content.issues.first {
                context["latestIssue"] = IssuePages.contents(of: latest, in: site)
            }
            context["latestNotices"] = site.index.recent.prefix(Self.latestCount).map { site.items[$0] }
            for entry in site.extraNavigation { context["has" + entry.key.prefix(1).uppercased() + entry.key.dropFirst()] = true }
            return .text(site.templates.render("home", context))
        }]
    }
}
