/// `/feed.xml` (the latest notices of the whole site) and one feed per category and per agency.
struct FeedSection: SiteSection {
    static let entryLimit = 50

    func jobs(for site: SiteContext) -> [OutputJob] {
        let index = site.index
        var feeds = [(path: [String](), title: "\(site.site.title)：最新公報", positions: index.recent)]
        feeds += site.site.categories.map { (SiteURLs.category($0.slug), "\(site.site.title)：\($0.name)", index.byCategory[$0.slug] ?? []) }
        feeds += site.site.agencies.map { (SiteURLs.agency($0.slug), "\(site.site.title)：\($0.name)", index.byAgency[$0.slug] ?? []) }
        return feeds.map { feed in
            // Runs after the notice pages, whose rendering records the excerpts in `site.texts` the entries summarise.
            OutputJob(path: outputPath(feed.path, file: "feed.xml"), phase: .summaries,
                      key: { site.keys.notices(feed.positions.prefix(Self.entryLimit)) }) {
                let atom = AtomFeed(title: feed.title, selfURL: site.urls.absolute(feed.path, file: "feed.xml"),
                                    pageURL: site.urls.absolute(feed.path), positions: feed.positions.prefix(Self.entryLimit))
                return .text(atom.render(in: site))
            }
        }
    }
}
