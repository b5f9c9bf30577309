import GazetteDocument
import GazetteHTMLReader
import GazetteMarkdown
import Testing

struct HTMLReaderTests {
    private func blocks(_ html: String) -> [Block] {
        HTMLReader().read(html).document.blocks
    }

    private func texts(_ html: String) -> [String] {
        blocks(html).map { block in
            if case .paragraph(let inlines) = block { return inlines.plainText }
            return "<\(block)>"
        }
    }

    @Test func wordLayoutGoesAndParagraphsStay() {
        let html = """
        <td height="391"><table width="775" border="0"><tr><td class="black14" rowspan="2"><span style="font-family: 新細明體; mso-font-kerning: 1.0pt"><font size="2"><b>行政院金融監督管理委員會公告</b></font></span></td>
        <td><span lang="EN-US">中華民國</span><span>94</span>年<o:p></o:p></td></tr></table>
        <p class=MsoNormal><span style='mso-bidi-font-size:12.0pt'>主　　旨：預告修正「期貨商\r\n管理規則」。<o:p>&nbsp;</o:p></span></p>
        <p class=MsoNormal>&nbsp;</p></td>
        """
        #expect(texts(html) == ["行政院金融監督管理委員會公告", "中華民國94年", "主　　旨：預告修正「期貨商管理規則」。"])
    }

    @Test func aLineEndBetweenLatinWordsIsASpaceAndBreaksStay() {
        #expect(texts("<p>Rules Governing\r\nFutures<br>第二行</p>") == ["Rules Governing Futures\n第二行"])
    }

    @Test func hostileMarkupNeverReachesTheTree() {
        let html = """
        <p onclick="alert(1)" style="background:url(javascript:alert(2))">文字<script>alert(3)</script><style>p{}</style>
        <a href="javascript:alert(4)">連結</a><a href="https://example.gov.tw/x?a=1&amp;b=2" onmouseover="x()">網站</a>
        <iframe src="https://evil.example/"></iframe><img src=x onerror=alert(5)></p>
        """
        let result = HTMLReader().read(html)
        guard case .paragraph(let inlines)? = result.document.blocks.first, result.document.blocks.count == 1 else {
            Issue.record("expected one paragraph, got \(result.document.blocks)")
            return
        }
        #expect(inlines == [.text("文字連結"), .link(url: "https://example.gov.tw/x?a=1&b=2", title: "", [.text("網站")])])
        #expect(result.droppedImages == 1)
    }

    @Test func numberedItemsAndArticlesAreFoundAsInMarkdown() {
        let html = "<p>公告事項：</p><p>一、第一點。</p><p>(一)細目。</p><p>第一條　本辦法依法訂定。</p>"
        let blocks = blocks(html)
        #expect(blocks.count == 3)
        guard case .legalList(let list) = blocks[1], case .article(let article) = blocks[2] else {
            Issue.record("expected a legal list and an article, got \(blocks)")
            return
        }
        #expect(list.items.map(\.marker) == ["一、"])
        #expect(article.number == "第一條" && article.id == "a1")
    }

    @Test func aBorderedTableIsDataWithMergedCellsInTheirFirstPosition() {
        let html = """
        <table border="1"><tr><td colspan="3">應受送達人名冊</td></tr>
        <tr><td>編號</td><td>姓名</td><td>金額</td></tr>
        <tr><td rowspan="2">1</td><td><p>王○明</p><p>（代理人）</p></td><td>3,600</td></tr>
        <tr><td>李○華</td><td>1,200</td></tr>
        <tr><td colspan="2">合計</td><td>4,800</td></tr></table>
        """
        guard case .table(let table)? = blocks(html).first else {
            Issue.record("expected a table")
            return
        }
        #expect(table.caption?.plainText == "應受送達人名冊")
        #expect(table.header.map(\.plainText) == ["編號", "姓名", "金額"])
        #expect(table.rows.map { $0.map(\.plainText) } == [["1", "王○明 （代理人）", "3,600"], ["", "李○華", "1,200"], ["合計", "", "4,800"]])
        #expect(table.numericColumns == [2])
    }

    @Test func aHostileSpanCannotBlowUpTheGrid() {
        guard case .table(let table)? = blocks("<table border=1><tr><td colspan=99999999>a</td></tr><tr><td rowspan=99999999>b</td></tr></table>").first else {
            Issue.record("expected a table")
            return
        }
        #expect(table.caption?.plainText == "a")
        #expect(table.header.count == 256 && table.rows.isEmpty)
    }

    @Test func aLinkOpenedInsideALinkEndsItAsInABrowser() {
        let document = HTMLReader().read("<a href=\"http://a.example/\">甲<a href=\"http://b.example/\">乙</a></a>").document
        #expect(document.blocks == [.paragraph([
            .link(url: "http://a.example/", title: "", [.text("甲")]), .link(url: "http://b.example/", title: "", [.text("乙")]),
        ])])
        #expect(MarkdownReader().read(MarkdownWriter().write(document)).document == document)
    }

    @Test func aTableWithoutCellsShowsNothing() {
        #expect(blocks("<table border=1></table><table border=1><tr></tr></table><p>後文</p>").count == 1)
    }

    @Test func borderlessTablesAreLayoutAndTheirCellsParagraphs() {
        #expect(texts("<table border=0><tr><td>甲</td><td>乙</td></tr></table><table><tr><td>丙</td></tr></table>") == ["甲", "乙", "丙"])
    }

    @Test func newAndOldTextColumnsMakeAComparisonTable() {
        let html = """
        <table border=1><tr><td>修　正　條　文</td><td>現行條文</td><td>說明</td></tr>
        <tr><td colspan=3>第一章　總則</td></tr>
        <tr><td><p>第一條　新文字。</p></td><td><p>第一條　舊文字。</p></td><td><p>一、酌修文字。</p><p>二、其餘未修正。</p></td></tr>
        <tr><td>第二條　新增。</td><td></td><td>本條新增。</td></tr></table>
        """
        guard case .comparison(let table)? = blocks(html).first else {
            Issue.record("expected a comparison table, got \(blocks(html))")
            return
        }
        #expect(table.columns == ["修　正　條　文", "現行條文", "說明"])
        guard table.rows.count == 3, case .heading(let heading) = table.rows[0], case .cells(let cells) = table.rows[1],
              case .cells(let added) = table.rows[2] else {
            Issue.record("expected a heading row and two rows, got \(table.rows)")
            return
        }
        #expect(heading.plainText == "第一章　總則")
        #expect(cells[0] == [.paragraph([.text("第一條　"), .inserted([.text("新")]), .text("文字。")])])
        #expect(cells[1] == [.paragraph([.text("第一條　"), .deleted([.text("舊")]), .text("文字。")])])
        guard case .legalList(let notes)? = cells[2].first else {
            Issue.record("expected numbered notes")
            return
        }
        #expect(notes.items.map(\.marker) == ["一、", "二、"])
        #expect(added[1].isEmpty)
    }

    @Test func aComparisonSideSplitIntoSubColumnsIsOneColumn() {
        let html = """
        <table border=1><tr><td colspan=2>修正規定</td><td colspan=2>現行規定</td><td>說明</td></tr>
        <tr><td>團體業別</td><td>業務範圍</td><td>團體業別</td><td>業務範圍</td><td>新增。</td></tr></table>
        """
        guard case .comparison(let table)? = blocks(html).first, case .cells(let cells) = table.rows.first else {
            Issue.record("expected a comparison table, got \(blocks(html))")
            return
        }
        #expect(table.columns == ["修正規定", "現行規定", "說明"])
        #expect(cells.map { $0.count } == [2, 2, 1])
    }

    @Test func anErrataTableIsAComparisonAndAFormIsData() {
        guard case .comparison? = blocks("<table border=1><tr><td>更正後文字</td><td>原列文字</td></tr><tr><td>甲</td><td>乙</td></tr></table>").first,
              case .table? = blocks("<table border=1><tr><td>條文</td><td>說明</td></tr><tr><td>甲</td><td>乙</td></tr></table>").first,
              case .table? = blocks("<table border=1><tr><td>建議單位</td><td>原公告條文</td><td>建議修正條文</td></tr></table>").first,
              // A column without a name cannot be written in a comparison block's `columns:` line.
              case .table? = blocks("<table border=1><tr><td>更正後文字</td><td>原列文字</td><td> </td></tr></table>").first
        else {
            Issue.record("expected a comparison table, then two data tables")
            return
        }
    }

    @Test func aLinkAroundParagraphsIsOneRunOfTextThatReadsBackFromMarkdown() {
        let document = HTMLReader().read("<a href=\"http://www.example.gov.tw/\"><p>行政院</p><p>公告</p><p>主任委員<br>\r\n  \u{3000}授權</p></a>").document
        #expect(document.blocks == [.paragraph([.link(url: "http://www.example.gov.tw/", title: "",
                                                      [.text("行政院 公告 主任委員"), .lineBreak, .text("\u{3000}授權")])])])
        #expect(MarkdownReader().read(MarkdownWriter().write(document)).document == document)
    }
}
