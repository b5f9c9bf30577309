/// Pairs of neighbouring characters, the unit of the index: every substring of two or more
/// characters contains at least one, so no word segmentation is needed for Chinese, and
/// document numbers and Latin words are found from any part of them.
public enum Bigrams {
    /// Distinct pairs of normalised text that do not span a space, in order of first appearance.
    public static func of(_ scalars: [Unicode.Scalar]) -> [Bigram] {
        guard scalars.count > 1 else { return [] }
        var seen = BigramTable(expectedCount: scalars.count)
        var pairs: [Bigram] = []
        for index in 0..<(scalars.count - 1) {
            let first = scalars[index], second = scalars[index + 1]
            if first == SearchNormalizer.space || second == SearchNormalizer.space { continue }
            let pair = Bigram(first, second)
            if seen.insert(pair).inserted { pairs.append(pair) }
        }
        return pairs
    }

    /// Which shard holds a pair: FNV-1a over its code points, as the script computes it.
    public static func shard(of pair: Bigram, shardCount: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for scalar in [pair.first, pair.second] {
            hash ^= scalar.value
            hash = hash &* 16_777_619
        }
        return Int(hash % UInt32(shardCount))
    }
}
