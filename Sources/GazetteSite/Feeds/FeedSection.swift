/// `/feed.xml` (the latest notices of the whole site) and one feed per category and per agency.
struct FeedSection: SiteSection {
    static let entryLimit = 50

    func jobs(for site: SiteContext) -> [OutputJob] {
        let index = site.index
        var feeds = [(path: [String](), title: "\(site.site.title)：最新公報", positions: index.recent)]
        let rank = Self.ranks(index.recent)
        let corrections = { (positions: [Int]) in Self.withCorrections(positions, site.relations, rank: rank) }
        feeds += site.site.categories.map {
            (SiteURLs.category($0.slug), "\(site.site.title)：\($0.name)", corrections(index.byCategory[$0.slug] ?? []))
        }
        feeds += site.site.agencies.map {
            (SiteURLs.agency($0.slug), "\(site.site.title)：\($0.name)", corrections(index.byAgency[$0.slug] ?? []))
        }
        return feeds.map { feed in
            // Runs after the notice pages, whose rendering records the excerpts in `site.texts` the entries summarise.
            OutputJob(path: outputPath(feed.path, file: "feed.xml"), phase: .summaries,
                      key: {
                          // Entries say which notices were corrected: their metadata keys hold that.
                          site.keys.notices(feed.positions.prefix(Self.entryLimit)) {
                              $0.combine(site.keys.metadata(feed.positions.prefix(Self.entryLimit)))
                          }
                      }) {
                let atom = AtomFeed(title: feed.title, selfURL: site.urls.absolute(feed.path, file: "feed.xml"),
                                    pageURL: site.urls.absolute(feed.path), positions: feed.positions.prefix(Self.entryLimit))
                return .text(atom.render(in: site))
            }
        }
    }

    private static func ranks(_ recent: [Int]) -> [Int: Int] {
        Dictionary(uniqueKeysWithValues: recent.enumerated().map { ($1, $0) })
    }

    /// A correction is news to whoever follows what it corrects: it joins the corrected notice's
    /// feeds, in the same newest-first order.
    private static func withCorrections(_ positions: [Int], _ relations: NoticeRelations, rank: [Int: Int]) -> [Int] {
        var added = Set(positions)
        var merged = positions
        for position in positions {
            for correction in relations.correctedBy[position] ?? [] where added.insert(correction).inserted {
                merged.append(correction)
            }
        }
        guard merged.count > positions.count else { return positions }
        return merged.sorted { rank[$0, default: .max] < rank[$1, default: .max] }
    }
}
