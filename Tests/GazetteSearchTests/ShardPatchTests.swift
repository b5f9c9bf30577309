@testable import GazetteSearch
import GazetteSite
import Testing

/// A shard patched with a few changed documents must be byte for byte the shard a full build makes.
struct ShardPatchTests {
    @Test func editedBodyPatchesToTheFullBuild() {
        var after = Self.corpus
        after[1].text = after[1].text.replacingOccurrences(of: "降低車輛油耗", with: "汰換老舊公務車輛")
        Self.expectPatchMatchesFullBuild(before: Self.corpus, after: after)
    }

    @Test func editedTitlePatchesToTheFullBuild() {
        var after = Self.corpus
        after[12].title = "修正高雄市政府公務車輛管理要點，自即日生效"
        after[12].number = "高市府秘總字第11300012345號"
        Self.expectPatchMatchesFullBuild(before: Self.corpus, after: after)
    }

    @Test func bigramThatDisappearsIsDroppedFromItsShard() {
        var after = Self.corpus
        after[3].text = after[3].text.replacingOccurrences(of: "鳳梨釋迦", with: "")
        let before = SearchIndex(documents: Self.corpus), full = SearchIndex(documents: after)
        #expect(Self.postings("梨釋", in: before) != nil)
        #expect(Self.postings("梨釋", in: full) == nil)
        Self.expectPatchMatchesFullBuild(before: Self.corpus, after: after)
    }

    @Test func bigramNewToTheIndexIsAddedToItsShard() {
        var after = Self.corpus
        after[30].text += "\n\n颱風豪雨期間，請市民留意 <淹水> 警戒 & 土石流 “Ａ級” 警報。"
        let before = SearchIndex(documents: Self.corpus), full = SearchIndex(documents: after)
        #expect(Self.postings("颱風", in: before) == nil)
        #expect(Self.postings("颱風", in: full)?.body == [30])
        #expect(Self.postings("<淹", in: full)?.body == [30])
        Self.expectPatchMatchesFullBuild(before: Self.corpus, after: after)
    }

    @Test func severalDocumentsAtOnceIncludingTheFirstAndLast() {
        var after = Self.corpus
        after[0].title += "（更正）"
        after[after.count - 1].text = "本件公告內容業經撤銷。"
        after[20].text = after[20].text + " " + after[21].text
        Self.expectPatchMatchesFullBuild(before: Self.corpus, after: after)
    }

    @Test func shardThatDoesNotReadBackIsNotPatched() {
        let patch = ShardPatch(documents: [:], shard: 0, shardCount: 1, documentCount: 10)
        for broken in ["", "{", "{\"高雄\":[\"0\"]}", "{\"高\":[\"0\",\"\"]}", "{\"高雄\":[\"0\",\"\"],\"高雄\":[\"1\",\"\"]}",
                       "{\"高雄\":[\"a\",\"\"]}", "{\"高雄\": [\"0\",\"\"]}"] {
            #expect(patch.apply(to: Array(broken.utf8)) == nil, "\(broken)")
        }
    }

    @Test func documentFileReadsBack() throws {
        let document = SearchDocument(url: "/a/", title: "標題 \"引號\" \\ <b>", number: "第1號", dateROC: "中華民國113年1月2日",
                                      agency: "環保局", category: "公告", text: "第一行\n第二行\t\u{2028}\u{1}&")
        let json = try #require(JSONReader.value(of: Array(document.json.utf8)))
        #expect(SearchDocument(json: json) == document)
        #expect(SearchDocument(json: .object([("u", .string("/a/"))])) == nil)
    }

    @Test func noteReadsBackAndRejectsTruncation() {
        let note = SearchNote(inputs: 42, shardCount: 8, fingerprints: [1, 2, 3, .max])
        #expect(SearchNote(bytes: note.bytes) == note)
        #expect(SearchNote(bytes: Array(note.bytes.dropLast())) == nil)
        #expect(SearchNote(bytes: note.bytes + [0]) == nil)
    }

    /// Every shard, clean or dirty, patched from the old index equals the new index's shard, and
    /// every shard that changed is one the changed documents touch.
    static func expectPatchMatchesFullBuild(before: [SearchDocument], after: [SearchDocument],
                                            sourceLocation: SourceLocation = #_sourceLocation) {
        let old = SearchIndex(documents: before), full = SearchIndex(documents: after)
        var normalizer = SearchNormalizer()
        var documents: [Int: SearchIndex.DocumentBigrams] = [:]
        var touched = Set<Int>()
        for id in after.indices where after[id] != before[id] {
            documents[id] = SearchIndex.bigrams(of: after[id], using: &normalizer)
            touched.formUnion(ShardPatch.touchedShards(before: SearchIndex.bigrams(of: before[id], using: &normalizer),
                                                       after: documents[id]!, shardCount: full.shardCount))
        }
        #expect(!touched.isEmpty, sourceLocation: sourceLocation)
        for shard in 0..<full.shardCount {
            let patch = ShardPatch(documents: documents, shard: shard, shardCount: full.shardCount, documentCount: after.count)
            #expect(patch.apply(to: Array(old.shardJSON(shard).utf8)) == full.shardJSON(shard), "shard \(shard)",
                    sourceLocation: sourceLocation)
            if old.shardJSON(shard) != full.shardJSON(shard) {
                #expect(touched.contains(shard), "shard \(shard) changed but was not touched", sourceLocation: sourceLocation)
            }
        }
    }

    static func postings(_ bigram: Bigram, in index: SearchIndex) -> SearchIndex.Postings? {
        index.shards[Bigrams.shard(of: bigram, shardCount: index.shardCount)].first { $0.bigram == bigram }?.postings
    }

    /// Sixty notices in the style of the gazette, enough for eight shards and for the commonest
    /// bigrams to be written as bitmaps.
    static let corpus: [SearchDocument] = (0..<60).map { id in
        let sentences = [
            "財物管理制度化，並利用報表編製及資料取閱分析，提高管理效能。",
            "推動車輛定期保養制度，降低車輛油耗，確保行車安全。",
            "策辦各項增進國際重要人士認識高雄之活動，宣揚本市友善國際城市形象。",
            "持續推動基層人員員額精簡政策，落實事務勞力替代方案，撙節財政。",
            "彙集民(輿)情，即時反映民眾需求，連結市府各局處研議務實處理方案。",
            "依高雄市民防團隊常年訓練執行計畫，定期辦理防護團團員常年訓練。",
            "以專業知能，積極、迅速及公正態度，處理消費爭議申訴案件，保障消費者權益。",
            "辦理本府110年度檔案管理考核，強化機關檔案管理效能及檔管人員素質。",
            "依據「檔案法」第 27 條規定辦理，LED 看板請至第２會議室領取。",
        ]
        let titles = ["依資安法辦理資訊安全管理及教育宣導", "公示送達", "高雄市政府行政中心場地使用管理規則",
                      "修正高雄市市有財產管理自治條例", "公告本市國民中小學學區劃分"]
        var text = "## 主旨\n\n" + sentences[id % sentences.count] + "\n\n## 公告事項\n\n"
        for step in 1...3 { text += "\(step). " + sentences[(id * 7 + step * 5) % sentences.count] + "\n" }
        if id == 3 { text += "\n另辦理鳳梨釋迦產銷輔導。" }
        return SearchDocument(url: "/gazette/\(id)/", title: titles[id % titles.count] + "（第\(id)號）",
                              number: "高市府政風字第1130000\(1000 + id)號", dateROC: "中華民國113年1月\(id % 28 + 1)日",
                              agency: "政風處", category: "公告", text: text)
    }
}
