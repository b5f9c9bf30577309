import Foundation
import GazetteContent
import GazetteSite

/// How this build makes the bigram shards. When the previous build's note shows the same inputs
/// and document count and only a few changed documents, the shards where those documents gained
/// or lost a bigram are patched from the published files (`ShardPatch`) and every other shard
/// keeps its published file. Otherwise, or when a published file does not read back, every
/// shard comes from the whole index, as in a first build.
final class ShardUpdate: @unchecked Sendable {
    /// A one-notice edit dirties tens of the 1,024 shards of a 10,000-notice site; at 32 edits about
    /// half are dirty (0.5 s against 3 s for the whole index), and beyond that patching stops paying.
    static let patchLimit = 32

    private struct Plan {
        /// Per changed document, its bigrams now.
        var documents: [Int: SearchIndex.DocumentBigrams]
        var keys: [UInt64]
    }

    private let site: SiteContext
    private let corpus: SearchCorpus
    private let shardCount: Int
    private let documentCount: Int
    /// The documents whose notice changed with their new fingerprints, and each shard's published
    /// key; `nil` when every shard is made from the whole index.
    private let previous: (changed: [(id: Int, fingerprint: UInt64)], keys: [UInt64])?
    private let lock = NSLock()
    /// Outer `nil`: not worked out yet. It waits for the first shard key, because the new body
    /// texts are known only once the notice pages have rendered.
    private var plan: Plan??

    init(site: SiteContext, corpus: SearchCorpus, previous note: SearchNote?, current: SearchNote) {
        self.site = site
        self.corpus = corpus
        shardCount = current.shardCount
        documentCount = current.documentCount
        previous = Self.previous(note, current: current, site: site)
    }

    func key(_ shard: Int) -> UInt64 {
        resolvedPlan()?.keys[shard] ?? site.keys.allNotices
    }

    func json(_ shard: Int) -> String {
        patched(shard) ?? corpus.index.shardJSON(shard)
    }

    private static func previous(_ note: SearchNote?, current: SearchNote, site: SiteContext)
        -> (changed: [(id: Int, fingerprint: UInt64)], keys: [UInt64])? {
        guard let note, note.inputs == current.inputs, note.shardCount == current.shardCount,
              note.documentCount == current.documentCount else { return nil }
        let changed = current.fingerprints.indices.filter { note.fingerprints[$0] != current.fingerprints[$0] }
        guard changed.count <= patchLimit else { return nil }
        let keys = (0..<current.shardCount).compactMap { site.history.publishedFile(SearchFiles.shard($0))?.key }
        guard keys.count == current.shardCount, !keys.contains(0) else { return nil }
        return (changed.map { ($0, current.fingerprints[$0]) }, keys)
    }

    private func resolvedPlan() -> Plan? {
        lock.lock()
        defer { lock.unlock() }
        if let plan { return plan }
        let made = makePlan()
        plan = .some(made)
        return made
    }

    /// The old bigrams of a changed document come from the document file the previous build
    /// published, the new ones from this build's text.
    private func makePlan() -> Plan? {
        guard let previous else { return nil }
        var documents: [Int: SearchIndex.DocumentBigrams] = [:]
        var dirty = Set<Int>()
        var normalizer = SearchNormalizer()
        for (id, _) in previous.changed {
            guard let old = Self.read(SearchFiles.document(id), site: site).flatMap(JSONReader.value(of:))
                .flatMap(SearchDocument.init(json:)) else { return nil }
            let before = SearchIndex.bigrams(of: old, using: &normalizer)
            let after = SearchIndex.bigrams(of: corpus.document(id), using: &normalizer)
            dirty.formUnion(ShardPatch.touchedShards(before: before, after: after, shardCount: shardCount))
            documents[id] = after
        }
        let keys = previous.keys.enumerated().map { shard, key in
            guard dirty.contains(shard) else { return key }
            return site.keys.key { hasher in
                hasher.combine("search shard patch")
                hasher.combine(key)
                for (id, fingerprint) in previous.changed {
                    hasher.combine(id)
                    hasher.combine(fingerprint)
                }
            }
        }
        return Plan(documents: documents, keys: keys)
    }

    /// Also asked for a clean shard whose published file vanished: there it finds no file.
    private func patched(_ shard: Int) -> String? {
        guard let plan = resolvedPlan(), let file = Self.read(SearchFiles.shard(shard), site: site) else { return nil }
        return ShardPatch(documents: plan.documents, shard: shard, shardCount: shardCount, documentCount: documentCount)
            .apply(to: file)
    }

    private static func read(_ path: String, site: SiteContext) -> [UInt8]? {
        site.history.publishedFile(path).flatMap { FileManager.default.contents(atPath: $0.url.path) }.map { [UInt8]($0) }
    }
}
