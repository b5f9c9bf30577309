import GazetteContent
import GazetteSite

/// Which documents contain each bigram, in their heading and in their body, split into shards
/// by bigram hash so that a query fetches only the few shards its bigrams fall in.
public struct SearchIndex: Sendable {
    public struct Postings: Sendable, Hashable {
        public var heading: [Int] = []
        public var body: [Int] = []
    }

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
    public init(bigrams documents: [(heading: [Bigram], body: [Bigram])], shardCount: Int) {
        var postings: [Bigram: Postings] = [:]
        for (id, document) in documents.enumerated() {
            for bigram in document.heading { postings[bigram, default: Postings()].heading.append(id) }
            for bigram in document.body { postings[bigram, default: Postings()].body.append(id) }
        }
        var shards = [[(bigram: Bigram, postings: Postings)]](repeating: [], count: shardCount)
        for (bigram, entry) in postings {
            shards[Bigrams.shard(of: bigram, shardCount: shardCount)].append((bigram, entry))
        }
        self.shards = shards.map { shard in
            shard.sorted { $0.bigram < $1.bigram }
        }
        self.documentCount = documents.count
        self.shardCount = shardCount
    }

    /// Normalises and splits documents on all cores.
    public init(documents: [SearchDocument]) {
        let bigrams = documents.parallelMap { document -> (heading: [Bigram], body: [Bigram]) in
            var normalizer = SearchNormalizer()
            return (Bigrams.of(normalizer.normalize(document.heading)), Bigrams.of(normalizer.normalize(document.text)))
        }
        self.init(bigrams: bigrams, shardCount: Self.shardCount(forDocuments: documents.count))
    }

    /// `{"bigram":["heading postings","body postings"],…}`
    public func shardJSON(_ number: Int) -> String {
        JSONValue.object(shards[number].map { entry in
            (entry.bigram.text, .array([
                .string(PostingCode.encode(entry.postings.heading, documentCount: documentCount)),
                .string(PostingCode.encode(entry.postings.body, documentCount: documentCount)),
            ]))
        }).serialized
    }
}
