/// The pages and files that do not depend on notices: 404, the accessibility statement,
/// the stylesheets and robots.txt.
struct StaticPages: SiteSection {
    func jobs(for site: SiteContext) -> [OutputJob] {
        var jobs = [
            OutputJob(path: "404.html") {
                .text(site.templates.render("not-found", site.page(title: "找不到頁面", segments: ["404.html"],
                                                                   section: nil, breadcrumbs: [])))
            },
            OutputJob(path: outputPath(["accessibility"]), sitemap: SitemapEntry(url: site.urls.absolute(["accessibility"]))) {
                .text(site.templates.render("accessibility", site.page(title: "無障礙聲明", segments: ["accessibility"], section: nil,
                                                                       breadcrumbs: [Breadcrumb("無障礙聲明")])))
            },
            OutputJob(path: "robots.txt") {
                .text("User-agent: *\nAllow: /\n\nSitemap: \(site.urls.absolute([], file: "sitemap.xml"))\n")
            },
        ]
        for (path, data) in site.templates.assets.sorted(by: { $0.key < $1.key }) {
            jobs.append(OutputJob(path: "assets/" + path) { .data(data) })
        }
        return jobs
    }
}
