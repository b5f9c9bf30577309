@testable import GazetteSearch
import GazetteDocument
import GazetteMarkdown
import GazetteSite
import Testing

/// Text in table and comparison cells is found, and a query never matches across two cells.
struct TableSearchTests {
    static let body = """
        Table: 應受送達人名冊
        | 編號 | 姓名 | 地址 |
        | --- | --- | --- |
        | 1 | 王○明 | 高雄市苓雅區 |
        | 2 | 李○華 | 高雄市鳳山區 |

        ```comparison
        columns: 修正條文 | 現行條文 | 說明
        ---
        第三條　申請人應於三十日前申請。
        |
        第三條　申請人應於十日前申請。
        |
        延長期間。
        ```
        """

    static let documents = [
        SearchDocument(url: "/a/", title: "公示送達", number: "N1", dateROC: "中華民國110年1月4日", agency: "環境保護局",
                       category: "公示送達", text: PlainTextWriter.write(MarkdownReader().read(body).document)),
    ]

    @Test func cellsAreFoundAndNeverJoined() {
        let index = SearchIndex(documents: Self.documents)
        for inside in ["王○明", "鳳山區", "三十日前", "十日前申請", "延長期間", "應受送達人名冊"] {
            #expect(IndexingTests.search(inside, index: index, documents: Self.documents) == [0], "\(inside)")
        }
        for across in ["明高雄", "○明高", "1王", "申請。延長", "區2"] {
            #expect(IndexingTests.search(across, index: index, documents: Self.documents).isEmpty, "\(across)")
        }
    }
}
