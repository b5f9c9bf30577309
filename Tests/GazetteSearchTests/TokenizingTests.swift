@testable import GazetteSearch
import Testing

struct TokenizingTests {
    @Test func normalisesWidthCaseAndSpaces() {
        var normalizer = SearchNormalizer()
        #expect(normalizer.normalizedString("  ＡＢＣ１２３　高雄市\n\n政府 LED ") == "abc123 高雄市 政府 led")
        #expect(normalizer.normalizedString("（設）施，") == "(設)施,")
        #expect(normalizer.normalizedString("Ⅻ ﬁle") == "xii file")
        #expect(normalizer.normalizedString("\u{3000}\t") == "")
    }

    @Test func paddingBetweenHanCharactersIsNoWordBreak() {
        var normalizer = SearchNormalizer()
        #expect(normalizer.normalizedString("林　蓉、主　　旨：王\u{00A0}明") == "林蓉、主旨:王明")
        #expect(normalizer.normalizedString("第一章　總則") == "第一章總則")
        #expect(normalizer.normalizedString("123　高雄　ABC　") == "123 高雄 abc")
        #expect(normalizer.normalizedString("高雄\n政府 市區") == "高雄 政府 市區")
        #expect(Bigrams.of(normalizer.normalize("林　蓉")) == ["林蓉"])
    }

    @Test func bigramsCoverEveryPairButNoneAcrossSpaces() {
        var normalizer = SearchNormalizer()
        #expect(Bigrams.of(normalizer.normalize("場地使用")) == ["場地", "地使", "使用"])
        #expect(Bigrams.of(normalizer.normalize("高市 1093")) == ["高市", "10", "09", "93"])
        #expect(Bigrams.of(normalizer.normalize("哈哈哈")) == ["哈哈"])
        #expect(Bigrams.of(normalizer.normalize("字")).isEmpty)
    }

    @Test func shardHashMatchesTheScriptsFNV() {
        // FNV-1a of the code points 0x5834, 0x5730 ("場地"), computed by hand with 32-bit wrap-around.
        var hash: UInt32 = 2_166_136_261
        for value: UInt32 in [0x5834, 0x5730] {
            hash ^= value
            hash = hash &* 16_777_619
        }
        #expect(Bigrams.shard(of: "場地", shardCount: 1024) == Int(hash % 1024))
        #expect(Bigrams.shard(of: "場地", shardCount: 1) == 0)
    }

    @Test func bigramTableNumbersPairsInFirstSeenOrderAcrossGrowth() {
        var table = BigramTable()
        var reference: [Bigram: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let pair = Bigram(Unicode.Scalar(0x4E00 + UInt32.random(in: 0..<150, using: &generator))!,
                              Unicode.Scalar(UInt32.random(in: 0x30...0x39, using: &generator))!)
            let expected = reference[pair]
            let (number, inserted) = table.insert(pair)
            #expect(inserted == (expected == nil))
            #expect(number == expected ?? reference.count)
            if expected == nil { reference[pair] = number }
        }
        #expect(table.count == reference.count)
        #expect(table.count > 1_000)
    }
}
