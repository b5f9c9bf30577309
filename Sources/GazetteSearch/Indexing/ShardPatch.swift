/// One shard file of the previous build, brought up to date with a few changed documents: their
/// ids are removed from every posting and added back under the bigrams they have now. The result
/// is byte-identical to the shard a full build makes, so a one-notice edit rewrites a handful of
/// shards instead of indexing every document again.
struct ShardPatch {
    /// Per changed document id, all its bigrams now; those of other shards are skipped.
    var documents: [Int: SearchIndex.DocumentBigrams]
    var shard: Int
    var shardCount: Int
    var documentCount: Int

    /// `nil` when the previous file does not read back as a shard of this many documents.
    func apply(to previous: [UInt8]) -> String? {
        guard case .object(let members)? = JSONReader.value(of: previous) else { return nil }
        var entries: [Bigram: SearchIndex.Postings] = [:]
        for (text, value) in members {
            // A Bigram, not a String, is the key: Strings that are canonically equivalent compare
            // equal, and the index keeps such pairs apart.
            let scalars = Array(text.unicodeScalars)
            guard scalars.count == 2, case .array(let lists) = value, lists.count == 2,
                  case .string(let heading) = lists[0], case .string(let body) = lists[1],
                  let headingIDs = PostingCode.decode(heading, documentCount: documentCount),
                  let bodyIDs = PostingCode.decode(body, documentCount: documentCount) else { return nil }
            let bigram = Bigram(scalars[0], scalars[1])
            guard entries[bigram] == nil else { return nil }
            entries[bigram] = SearchIndex.Postings(heading: headingIDs.filter { documents[$0] == nil },
                                                   body: bodyIDs.filter { documents[$0] == nil })
        }
        for (id, bigrams) in documents {
            for bigram in bigrams.heading where isHere(bigram) { entries[bigram, default: .init()].heading.append(id) }
            for bigram in bigrams.body where isHere(bigram) { entries[bigram, default: .init()].body.append(id) }
        }
        let kept = entries.compactMap { bigram, postings -> (bigram: Bigram, postings: SearchIndex.Postings)? in
            guard !postings.heading.isEmpty || !postings.body.isEmpty else { return nil }
            return (bigram, SearchIndex.Postings(heading: postings.heading.sorted(), body: postings.body.sorted()))
        }
        return SearchIndex.shardJSON(kept.sorted { $0.bigram < $1.bigram }, documentCount: documentCount)
    }

    /// The shards where a document gained or lost a bigram, in its heading or in its body: the
    /// only ones its change makes different.
    static func touchedShards(before: SearchIndex.DocumentBigrams, after: SearchIndex.DocumentBigrams,
                              shardCount: Int) -> Set<Int> {
        var shards = Set<Int>()
        for difference in [Set(before.heading).symmetricDifference(after.heading),
                           Set(before.body).symmetricDifference(after.body)] {
            for bigram in difference { shards.insert(Bigrams.shard(of: bigram, shardCount: shardCount)) }
        }
        return shards
    }

    private func isHere(_ bigram: Bigram) -> Bool { Bigrams.shard(of: bigram, shardCount: shardCount) == shard }
}
