@testable import GazetteSearch
import GazetteSite
import Testing

struct IndexingTests {
    @Test func postingsRoundTripAsGapsOrBitmap() {
        for ids in [[], [0], [5, 6, 7, 40, 1000, 1031, 99_999], Array(0..<3000), Array(stride(from: 1, to: 5000, by: 3))] {
            let code = PostingCode.encode(ids, documentCount: 100_000)
            #expect(PostingCode.decode(code, documentCount: 100_000) == ids)
            #expect(code.allSatisfy { $0.isASCII && $0 != "\"" && $0 != "\\" && $0 != "<" && $0 != ">" && $0 != "&" })
        }
        let dense = PostingCode.encode(Array(0..<600), documentCount: 600)
        #expect(dense.hasPrefix("~") && dense.count == 101)
        #expect(PostingCode.decode(dense, documentCount: 600) == Array(0..<600))
        #expect(PostingCode.encode([0, 1, 2], documentCount: 600) == "000")
    }

    @Test func postingsEncodeCouldNotHaveWrittenAreRejected() {
        #expect(PostingCode.decode("", documentCount: 0) == [])
        #expect(PostingCode.decode("5", documentCount: 5) == nil, "id past the last document")
        #expect(PostingCode.decode("W", documentCount: 100) == nil, "continuation with nothing after it")
        #expect(PostingCode.decode("0\"", documentCount: 100) == nil, "outside the alphabet")
        #expect(PostingCode.decode("~1", documentCount: 600) == nil, "bitmap of the wrong length")
    }

    @Test func everySubstringOfTwoOrMoreFindsItsDocument() {
        let documents = Self.documents
        let index = SearchIndex(documents: documents)
        for (id, document) in documents.enumerated() {
            for text in [document.title, document.text, document.number] {
                let characters = Array(text)
                for length in 2...4 where characters.count >= length {
                    for start in 0...(characters.count - length) {
                        let query = String(characters[start..<(start + length)])
                        // Whitespace separates words; a query needs two neighbouring characters.
                        if query.contains(where: \.isWhitespace) { continue }
                        #expect(Self.search(query, index: index, documents: documents).contains(id), "\(query)")
                    }
                }
            }
        }
    }

    @Test func ranksTitleMatchesFirstThenNewest() {
        let documents = Self.documents
        let index = SearchIndex(documents: documents)
        #expect(Self.search("場地", index: index, documents: documents) == [0, 2, 1])
        #expect(Self.search("陳怡君", index: index, documents: documents) == [1])
        #expect(Self.search("10931", index: index, documents: documents) == [2])
        #expect(Self.search("地場", index: index, documents: documents).isEmpty)
        #expect(Self.search("視牆電視牆", index: index, documents: documents).isEmpty, "every pair present, never together")
        #expect(Self.search("ｌｅｄ", index: index, documents: documents) == [2])
    }

    @Test func shardsAreDeterministicAndEscaped() {
        let documents = Self.documents
        let first = SearchIndex(documents: documents), second = SearchIndex(documents: documents.reversed().reversed())
        let shards = (0..<first.shardCount).map(first.shardJSON)
        #expect(shards == (0..<second.shardCount).map(second.shardJSON))
        let all = shards.joined() + documents.map(\.json).joined()
        #expect(!all.contains("<") && !all.contains(">") && !all.contains("&"))
        #expect(all.contains("\\u003cscript\\u003e"))
        #expect(SearchIndex.shardCount(forDocuments: 10_000) == 1024)
        #expect(SearchIndex.shardCount(forDocuments: 3) == 1)
    }

    static let documents = [
        SearchDocument(url: "/a/", title: "高雄市政府行政中心場地使用管理規則", number: "高市府行國字第11030123400號",
                       dateROC: "中華民國110年1月4日", agency: "行政暨國際處", category: "法規",
                       text: "第一條 本規則依 <script>alert(1)</script> & 訂定。"),
        SearchDocument(url: "/b/", title: "公示送達", number: "高市環局稽字第11000000001號", dateROC: "中華民國110年1月3日",
                       agency: "環境保護局", category: "公示送達", text: "應受送達人：陳怡君\n\n請至場地領取。管理規則"),
        SearchDocument(url: "/c/", title: "廢止鳳山行政中心場地收費標準", number: "高市府行國事字第10931853100號",
                       dateROC: "中華民國109年12月28日", agency: "行政暨國際處", category: "令", text: "ＬＥＤ 電視牆，另有視牆電視"),
    ]

    /// The script's query logic: intersect the postings of every pair, then check the text.
    static func search(_ query: String, index: SearchIndex, documents: [SearchDocument]) -> [Int] {
        var normalizer = SearchNormalizer()
        let normal = normalizer.normalizedString(query)
        var heading = Set(documents.indices), any = Set(documents.indices)
        for pair in Bigrams.of(normalizer.normalize(query)) {
            let shard = index.shards[Bigrams.shard(of: pair, shardCount: index.shardCount)]
            let postings = shard.first { $0.bigram == pair }?.postings ?? SearchIndex.Postings()
            heading.formIntersection(postings.heading)
            any.formIntersection(postings.heading + postings.body)
        }
        let inHeading = heading.filter { normalizer.normalizedString(documents[$0].heading).contains(normal) }.sorted()
        let inBody = any.subtracting(inHeading).filter { normalizer.normalizedString(documents[$0].text).contains(normal) }.sorted()
        return inHeading + inBody
    }
}
