@testable import GazetteAkomaNtoso
import GazetteDocument
import GazetteMarkdown
import Testing

struct BodyWriterTests {
    private func written(_ markdown: String, signature: Signature? = nil) -> (result: BodyWriter.Result, body: ParsedXML) {
        var document = MarkdownReader().read(markdown).document
        if let signature { document.blocks.append(.signature(signature)) }
        let result = BodyWriter.write(document)
        return (result, ParsedXML("<body>" + result.body + "</body>"))
    }

    private static let regulation = """
        ## 條文

        **第一條**　本辦法依地方制度法訂定之。

        **第二條**　申請人應檢附下列文件：

        一、申請書。

        二、身分證明文件。

        前項文件不全者，不予受理。

        Table: 收費基準
        | 項目 | 金額 |
        | --- | ---: |
        | 閱覽 | 100 |
        | 抄錄 | 200 |
        """

    @Test func articlesListsAndTablesBecomeTheirElements() {
        let (result, body) = written(Self.regulation, signature: Signature(signers: [.init(title: "市　　長", name: "王大明")]))
        #expect(body.isWellFormed)
        let articles = body.all("article")
        #expect(articles.map { $0.attributes["eId"] } == ["art_1", "art_2"])
        // Both articles sit in the heading's section, and the numbered items in the second article.
        #expect(articles.allSatisfy { $0.ancestors.last == "hcontainer" })
        let points = body.all("point")
        #expect(points.count == 2)
        #expect(points.allSatisfy { $0.ancestors.suffix(2) == ["article", "list"] })
        #expect(points.allSatisfy { $0.attributes["eId"]?.hasPrefix("art_2__list_1__point_") == true })
        #expect(body.text(of: "num").contains("第二條") && body.text(of: "num").contains("二、"))
        // The article's own text, then its 項 after the list: a paragraph each.
        #expect(body.all("paragraph").filter { $0.ancestors.last == "article" }.count == 2)
        #expect(body.count("table") == 1)
        #expect(body.count("tr") == 3)
        #expect(body.count("th") == 2 && body.count("td") == 4)
        #expect(body.text(of: "caption") == "收費基準")
        #expect(body.count("signature") == 0, "the closing signature goes to conclusions")

        let conclusions = ParsedXML("<conclusions>" + (result.conclusions ?? "") + "</conclusions>")
        #expect(conclusions.isWellFormed)
        #expect(conclusions.count("signature") == 1)
        #expect(conclusions.all("person").first?.attributes["refersTo"] == "#person-1")
        #expect(conclusions.text(of: "role") == "市　　長")
        #expect(conclusions.text(of: "person") == "王大明")
        #expect(result.signers.map(\.name) == ["王大明"])
    }

    @Test func comparisonTablesKeepTheirColumnsAndChanges() {
        let (_, body) = written("""
            ```comparison
            columns: 修正條文 | 現行條文 | 說明
            ---
            第三條　申請人應於三十日前申請。
            |
            第三條　申請人應於十日前申請。
            |
            延長期間。
            ```
            """)
        #expect(body.isWellFormed)
        #expect(body.all("table").first?.attributes["class"] == "comparison")
        #expect(body.count("th") == 3)
        #expect(body.count("td") == 3)
        #expect(body.count("ins") == 1, "三 is added to the current text")
        // An article in a cell is a block there, not a second `article` of the notice.
        #expect(body.count("article") == 0)
        #expect(body.all("blockContainer").allSatisfy { $0.attributes["class"] == "article" && $0.ancestors.last == "td" })
    }

    @Test func anEmptyBodyStillHasTheElementTheSchemaRequires() {
        let (result, body) = written("")
        #expect(body.count("paragraph") == 1)
        #expect(result.conclusions == nil)
    }

    @Test func hostileTextIsEscapedAndLinksAreURIs() {
        let hostile = "</p></body><script>alert(\"x\")</script> & 'q' \u{01}\u{FFFE}"
        let document = Document([
            .heading(level: 2, [.text(hostile)]),
            .paragraph([.text(hostile), .code(hostile)]),
            .paragraph([.link(url: "a b%zz%E4<>", title: "t\"itle", [.text("連結")])]),
            .paragraph([.image(url: "x.png", title: "", description: [.text(hostile)])]),
            .signature(Signature(signers: [.init(title: hostile, name: hostile)], delegation: hostile)),
        ])
        let result = BodyWriter.write(document)
        let body = ParsedXML("<body>" + result.body + "</body>")
        #expect(body.isWellFormed)
        #expect(body.count("script") == 0)
        // XML 1.0 has no place for U+0001 and U+FFFE: they are dropped, everything else is kept.
        let kept = "</p></body><script>alert(\"x\")</script> & 'q' "
        #expect(body.text(of: "heading") == kept)
        #expect(body.text(of: "inline") == kept)
        let link = body.all("a").first
        #expect(link?.attributes["href"] == "a%20b%25zz%E4%3C%3E")
        #expect(link?.attributes["title"] == "t\"itle")
        #expect(body.all("img").first?.attributes["alt"] == kept)
        let conclusions = ParsedXML("<c>" + (result.conclusions ?? "") + "</c>")
        #expect(conclusions.isWellFormed)
        #expect(conclusions.text(of: "person") == kept)
    }
}
