import GazetteContent
import GazetteSite

/// `/search/`: the page, and the index it queries: bigram shards (`s/N.json`), one file per
/// document to verify candidates and show them (`d/N.json`), and the documents of each
/// category and agency for the filters (`f/cN.json`, `f/aN.json`).
struct SearchSection: SiteSection {
    func jobs(for site: SiteContext) -> [OutputJob] {
        let corpus = SearchCorpus(site: site)
        let ranking = corpus.ranking
        var rankOf = [Int](repeating: 0, count: ranking.count)
        for (id, position) in ranking.enumerated() { rankOf[position] = id }
        let documentCount = ranking.count
        let shardCount = SearchIndex.shardCount(forDocuments: documentCount)

        var jobs = [OutputJob(path: outputPath(["search"]), phase: .summaries,
                              sitemap: SitemapEntry(url: site.urls.absolute(["search"]))) {
            .text(SearchPage(site: site, shardCount: shardCount).render())
        }]
        // Left even when every shard is made whole: the next build patches what this one publishes.
        let note = SearchNote(inputs: site.keys.inputs, shardCount: shardCount,
                              fingerprints: ranking.map { site.keys.fingerprint(ofNotice: $0) })
        site.history.record(note: note.bytes, named: SearchNote.name)
        let shards = ShardUpdate(site: site, corpus: corpus,
                                 previous: site.history.previousNote(SearchNote.name).flatMap(SearchNote.init(bytes:)),
                                 current: note)
        for number in 0..<shardCount {
            jobs.append(OutputJob(path: SearchFiles.shard(number), phase: .summaries, key: { shards.key(number) }) {
                .text(shards.json(number))
            })
        }
        for id in 0..<documentCount {
            jobs.append(OutputJob(path: SearchFiles.document(id), phase: .summaries,
                                  key: {
                                      // The status shown with a result comes from other notices too.
                                      site.keys.notices([ranking[id]]) { $0.combine(id); $0.combine(site.keys.metadata([ranking[id]])) }
                                  }) {
                .text(corpus.document(id).json)
            })
        }
        let facets = [("c", site.site.categories.map(\.slug), site.index.byCategory),
                      ("a", site.site.agencies.map(\.slug), site.index.byAgency)]
        for (prefix, slugs, groups) in facets {
            for (number, slug) in slugs.enumerated() {
                let ids = (groups[slug] ?? []).map { rankOf[$0] }.sorted()
                jobs.append(OutputJob(path: "search/f/\(prefix)\(number).json", phase: .summaries,
                                      key: { site.keys.key { for id in ids { $0.combine(id) }; $0.combine(documentCount) } }) {
                    .text(JSONValue.string(PostingCode.encode(ids, documentCount: documentCount)).serialized)
                })
            }
        }
        return jobs
    }
}
