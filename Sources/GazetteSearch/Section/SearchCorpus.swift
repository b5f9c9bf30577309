import Foundation
import GazetteContent
import GazetteSite

/// The documents and index of a build, made once by whichever search job needs them first,
/// from the body texts the notice pages recorded.
final class SearchCorpus: @unchecked Sendable {
    private let site: SiteContext
    private let lock = NSLock()
    private var built: SearchIndex?

    init(site: SiteContext) { self.site = site }

    /// Notice positions in ranking order: document number `id` is `ranking[id]`.
    var ranking: [Int] { site.index.recent }

    /// One document, made on its own: a document file reused from the previous build must not
    /// make the whole index.
    func document(_ id: Int) -> SearchDocument {
        let position = ranking[id]
        let notice = site.content.notices[position]
        let item = site.items[position]
        return SearchDocument(url: item.url, title: notice.title, number: notice.number, dateROC: item.dateROC,
                              agency: item.agency, category: item.category, text: site.texts.body(at: position),
                              status: LifecycleWords.summary(of: position, in: site))
    }

    var index: SearchIndex {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        // Asked for from inside a job, where a nested concurrentPerform runs on one core; a notice
        // whose page was reused has its Markdown rendered here.
        let made = SearchIndex(documents: Array(0..<ranking.count).parallelMapOnThreads { self.document($0) })
        built = made
        return made
    }
}
