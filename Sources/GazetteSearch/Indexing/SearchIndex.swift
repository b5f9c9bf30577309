import GazetteContent
import GazetteSite

/// Which documents contain each bigram, in their heading and in their body, split into shards
/// by bigram hash so that a query fetches only the few shards its bigrams fall in.
public struct SearchIndex: Sendable {
    public struct Postings: Sendable, Hashable {
        public var heading: [Int] = []
        public var body: [Int] = []
    }

    /// One document's distinct bigrams, of its heading and of its body.
    public typealias DocumentBigrams = (heading: [Bigram], body: [Bigram])

    public let documentCount: Int
    public let shardCount: Int
    /// Per shard, its bigrams in code point order (byte-identical output).
    public let shards: [[(bigram: Bigram, postings: Postings)]]

    /// About ten documents' worth of bigrams a shard keeps a shard near 10 KB on gazette text.
    public static func shardCount(forDocuments count: Int) -> Int {
        var shards = 1
        while shards * 10 < count { shards *= 2 }
        return shards
    }

    /// - Parameter documents: per document in ranking order, the bigrams of heading and body.
    public init(bigrams documents: [DocumentBigrams], shardCount: Int) {
        var postings = PostingLists()
        for (id, document) in documents.enumerated() { postings.add(document, id: id) }
        self.init(postings: postings, documentCount: documents.count, shardCount: shardCount)
    }

    /// Normalises and splits documents on all cores, a block at a time: holding the bigrams of every
    /// document at once (80 MB for 10,000 notices) made the index the build's peak of memory.
    public init(documents: [SearchDocument]) {
        var postings = PostingLists()
        for start in stride(from: 0, to: documents.count, by: Self.blockSize) {
            let block = Array(documents[start..<min(start + Self.blockSize, documents.count)]).parallelMapOnThreads { document in
                var normalizer = SearchNormalizer()
                return Self.bigrams(of: document, using: &normalizer)
            }
            for (offset, document) in block.enumerated() { postings.add(document, id: start + offset) }
        }
        self.init(postings: postings, documentCount: documents.count,
                  shardCount: Self.shardCount(forDocuments: documents.count))
    }

    private static let blockSize = 512

    /// Every bigram's postings, in order of first appearance.
    private struct PostingLists {
        var numbers = BigramTable(expectedCount: 1 << 16)
        var entries: [(bigram: Bigram, postings: Postings)] = []

        mutating func add(_ document: DocumentBigrams, id: Int) {
            for bigram in document.heading { entries[number(of: bigram)].postings.heading.append(id) }
            for bigram in document.body { entries[number(of: bigram)].postings.body.append(id) }
        }

        private mutating func number(of bigram: Bigram) -> Int {
            let (number, inserted) = numbers.insert(bigram)
            if inserted { entries.append((bigram, Postings())) }
            return number
        }
    }

    private init(postings: PostingLists, documentCount: Int, shardCount: Int) {
        var shards = [[(bigram: Bigram, postings: Postings)]](repeating: [], count: shardCount)
        for entry in postings.entries {
            shards[Bigrams.shard(of: entry.bigram, shardCount: shardCount)].append(entry)
        }
        self.shards = shards.map { shard in
            shard.sorted { $0.bigram < $1.bigram }
        }
        self.documentCount = documentCount
        self.shardCount = shardCount
    }

    /// What a document is indexed under; a patched shard must split documents exactly this way.
    public static func bigrams(of document: SearchDocument, using normalizer: inout SearchNormalizer) -> DocumentBigrams {
        (Bigrams.of(normalizer.normalize(document.heading)), Bigrams.of(normalizer.normalize(document.text)))
    }

    /// `{"bigram":["heading postings","body postings"],…}`
    public func shardJSON(_ number: Int) -> String {
        Self.shardJSON(shards[number], documentCount: documentCount)
    }

    /// A shard's entries, already in code point order, as its file holds them.
    static func shardJSON(_ entries: [(bigram: Bigram, postings: Postings)], documentCount: Int) -> String {
        JSONValue.object(entries.map { entry in
            (entry.bigram.text, .array([
                .string(PostingCode.encode(entry.postings.heading, documentCount: documentCount)),
                .string(PostingCode.encode(entry.postings.body, documentCount: documentCount)),
            ]))
        }).serialized
    }
}
