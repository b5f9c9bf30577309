import GazetteDocument
import GazetteMarkdown
import Testing

struct MarkdownReaderTests {
    private func read(_ markdown: String) -> MarkdownReader.Result {
        MarkdownReader().read(markdown)
    }

    private func html(_ markdown: String) -> String {
        HTMLWriter().write(read(markdown).document)
    }

    @Test func aPipeTableBecomesATableWithAlignmentCaptionAndInlineCells() throws {
        let result = read("公告如下：\nTable: 應受送達人名冊\n| 姓名 | 金額 | 備註 |\n|:---|---:|:---:|\n| 王**小明** | 1,200 | a \\| b |\n| 李大華 | 300 | |\n")
        #expect(result.problems.isEmpty)
        guard result.document.blocks.count == 2, case .paragraph(let before) = result.document.blocks[0],
              case .table(let table) = result.document.blocks[1] else {
            Issue.record("expected a paragraph and a table, got \(result.document.blocks)")
            return
        }
        #expect(before.plainText == "公告如下：")
        #expect(table.caption?.plainText == "應受送達人名冊")
        #expect(table.alignments == [.left, .right, .center])
        #expect(table.header.map(\.plainText) == ["姓名", "金額", "備註"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0][0] == [.text("王"), .strong([.text("小明")])])
        #expect(table.rows[0][2].plainText == "a | b")
        #expect(table.rows[1][2].isEmpty)
        #expect(table.numericColumns == [1])
    }

    @Test func aTableThatStartsAListItemIsReadWithoutTheItemsMarker() {
        let result = read("- Table: 名冊\n  | 姓名 | 金額 |\n  | --- | ---: |\n  | 王○明 | 1,200 |\n\n- 前言\n  | a |\n  | - |\n")
        #expect(result.problems.isEmpty)
        guard case .list(let list)? = result.document.blocks.first, list.items.count == 2,
              case .table(let table)? = list.items[0].first else {
            Issue.record("expected a list whose first item is a table, got \(result.document.blocks)")
            return
        }
        #expect(table.caption == [.text("名冊")])
        #expect(table.header == [[.text("姓名")], [.text("金額")]])
        #expect(list.items[1].first == .paragraph([.text("前言")]))
        #expect(read("> - | a |\n>   | - |\n").problems.isEmpty)
    }

    @Test func aRowWithTheWrongNumberOfCellsIsReportedAtItsLine() {
        let result = read("# 名冊\n\n| 姓名 | 地址 |\n| --- | --- |\n| 王小明 |\n| 李大華 | 高雄市 | 多的 |\n")
        #expect(result.problems.map(\.line) == [5, 6])
        #expect(result.problems.allSatisfy { $0.message.contains("header row has 2") })
    }

    @Test func aDelimiterRowMustMatchTheHeader() {
        let result = read("| 姓名 | 地址 |\n| --- |\n| 王小明 | 高雄市 |\n")
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.line == 2)
    }

    @Test func pipesWithoutADelimiterRowStayText() {
        let result = read("a | b\nc | d\n")
        #expect(result.problems.isEmpty)
        #expect(result.document.blocks == [.paragraph([.text("a | b"), .softBreak, .text("c | d")])])
    }

    @Test func aSpaceStrippedBeforeALineEndLeavesNoEmptyText() {
        #expect(read("*甲* \n乙").document == read("*甲*\n乙").document)
        #expect(read("*甲* \n乙").document.blocks == [.paragraph([.emphasis([.text("甲")]), .softBreak, .text("乙")])])
    }

    @Test func legalNumberingNestsAndKeepsItsMarkers() {
        let result = read("公告事項：\n一、第一項。\n（一）甲。\n(二)乙。\n1、子。\n（１）丑。\n二、第二項。\n\n三、第三項。\n\n附記。")
        let blocks = result.document.blocks
        #expect(blocks.count == 3)
        guard case .legalList(let list) = blocks[1] else {
            Issue.record("expected a legal list, got \(blocks)")
            return
        }
        #expect(list.level == 1)
        #expect(list.items.map(\.marker) == ["一、", "二、", "三、"])
        #expect(list.items[0].text.plainText == "第一項。")
        guard case .legalList(let second)? = list.items[0].children.first else {
            Issue.record("expected a nested list")
            return
        }
        #expect(second.level == 2)
        #expect(second.items.map(\.marker) == ["（一）", "(二)"])
        guard case .legalList(let third)? = second.items[1].children.first,
              case .legalList(let fourth)? = third.items[0].children.first else {
            Issue.record("expected two deeper lists")
            return
        }
        #expect(third.items.map(\.marker) == ["1、"])
        #expect(fourth.items.map(\.marker) == ["（１）"])
        #expect(blocks[2] == .paragraph([.text("附記。")]))
    }

    @Test func numbersInProseAreNotMarkers() {
        let result = read("一百二十人參加。\n2021年3月5日公告。\n(見附件)")
        #expect(result.document.blocks.count == 1)
        guard case .paragraph = result.document.blocks[0] else {
            Issue.record("expected one paragraph")
            return
        }
    }

    @Test func articlesGetStableIdsAndKeepTheirParagraphsAndItems() {
        let markdown = "修正條文如下：\n\n第一條　本辦法依法訂定之。\n第　十　條 用詞定義如下：\n一、甲。\n二、乙。\n\n前項規定，於丙準用之。\n\n**第十一條之一**　新增條文。\n\n## 第二章　附則\n\n第三條規定之。"
        let blocks = read(markdown).document.blocks
        let articles = blocks.compactMap { block -> Article? in
            if case .article(let article) = block { return article }
            return nil
        }
        #expect(articles.map(\.id) == ["a1", "a10", "a11-1"])
        #expect(articles.map(\.number) == ["第一條", "第　十　條", "第十一條之一"])
        #expect(articles[1].blocks.count == 3)
        if case .legalList(let list) = articles[1].blocks[1] {
            #expect(list.items.map(\.marker) == ["一、", "二、"])
        } else {
            Issue.record("expected the 款 of article 10")
        }
        #expect(articles[1].blocks[2] == .paragraph([.text("前項規定，於丙準用之。")]))
        #expect(articles[2].blocks == [.paragraph([.text("新增條文。")])])
        #expect(blocks.last == .paragraph([.text("第三條規定之。")]))
        let html = HTMLWriter().write(Document(blocks))
        #expect(html.contains("<div class=\"article\" id=\"a11-1\">"))
        #expect(html.contains("href=\"#a11-1\""))
    }

    @Test func aSubArticleFollowedByASpaceIsAnArticle() {
        let blocks = read("第六條　甲。\n第六條之一　乙。\n第八條之二 丙。").document.blocks
        let articles = blocks.compactMap { block -> Article? in
            if case .article(let article) = block { return article }
            return nil
        }
        #expect(articles.map(\.id) == ["a6", "a6-1", "a8-2"])
        #expect(articles.map(\.number) == ["第六條", "第六條之一", "第八條之二"])
        #expect(articles[1].blocks == [.paragraph([.text("乙。")])])
    }

    /// The fuzzer's find: twenty digits overflowed the article number's value and trapped.
    @Test func aNumberTooLargeForAnArticleIsProse() {
        let text = "第12345678901234567890123條 甲。"
        #expect(read(text).document.blocks == [.paragraph([.text(text)])])
        guard case .article(let article)? = read("第九千九百九十九條 乙。").document.blocks.first else {
            Issue.record("a four-digit article number is an article")
            return
        }
        #expect(article.id == "a9999")
    }

    @Test func sharedTextBesideAnInsertionIsNotMarkedDeleted() {
        let markdown = "```comparison\ncolumns: 修正條文 | 現行條文\n---\n由各目的事業主管機關或管理機關（構）辦理，並受環保局之督導。\n|\n由各管理機關辦理。\n```\n"
        guard case .comparison(let table)? = read(markdown).document.blocks.first, case .cells(let cells) = table.rows[0] else {
            Issue.record("expected a comparison table")
            return
        }
        #expect(cells[1] == [.paragraph([.text("由各管理機關辦理。")])], "nothing of the current text is gone")
        guard case .paragraph(let amended)? = cells[0].first else {
            Issue.record("expected a paragraph")
            return
        }
        let kept = amended.filter { if case .inserted = $0 { false } else { true } }.plainText
        #expect(kept == "由各管理機關辦理。", "the amended text less its insertions is the current text")
        #expect(amended.filter { if case .inserted = $0 { true } else { false } }.map { [$0].plainText }
                == ["目的事業主管機關或", "（構）", "，並受環保局之督導"])
    }

    @Test func repeatedArticleNumbersGetDistinctIds() {
        let blocks = read("第一條　甲。\n\n## 乙法\n\n第一條　乙。").document.blocks
        let ids = blocks.compactMap { block -> String? in
            if case .article(let article) = block { return article.id }
            return nil
        }
        #expect(ids == ["a1", "a1_2"])
    }

    @Test func aComparisonTableReadsRowsCellsAndHeadingsAndMarksChanges() {
        let markdown = """
        前言。

        ```comparison
        caption: 修正條文對照表
        columns: 修正條文 | 現行條文 | 說明
        ---
        # 第一章　總則
        ---
        第三條　申請人應於三十日前申請。
        |
        第三條　申請人應於十日前申請。
        |
        一、延長期間。
        二、文字修正。
        ---
        第四條　新增條文。
        |
        |
        本條新增。
        ```
        """
        let result = read(markdown)
        #expect(result.problems.isEmpty)
        guard case .comparison(let table)? = result.document.blocks.last else {
            Issue.record("expected a comparison table, got \(result.document.blocks)")
            return
        }
        #expect(table.columns == ["修正條文", "現行條文", "說明"])
        #expect(table.caption?.plainText == "修正條文對照表")
        #expect(table.rows.count == 3)
        #expect(table.rows[0] == .heading([.text("第一章　總則")]))
        guard case .cells(let cells) = table.rows[1], case .cells(let added) = table.rows[2] else {
            Issue.record("expected two rows of cells")
            return
        }
        #expect(cells[0] == [.paragraph([.text("第三條　申請人應於"), .inserted([.text("三")]), .text("十日前申請。")])])
        #expect(cells[1] == [.paragraph([.text("第三條　申請人應於十日前申請。")])])
        if case .legalList(let list)? = cells[2].first {
            #expect(list.items.count == 2)
        } else {
            Issue.record("expected numbered items in the explanation")
        }
        #expect(added[1].isEmpty)
        #expect(added[0] == [.paragraph([.text("第四條　新增條文。")])])
        let html = HTMLWriter().write(result.document)
        #expect(html.contains("<ins><span class=\"visually-hidden\">［新增］</span>三<span class=\"visually-hidden\">［新增結束］</span></ins>"))
        #expect(html.contains("<td data-label=\"現行條文\">"))
    }

    @Test func deletedTextIsMarkedInTheCurrentColumn() {
        let markdown = "```comparison\ncolumns: 更正後文字 | 原列文字\n---\n本府公告。\n|\n本府正式公告。\n```\n"
        guard case .comparison(let table)? = read(markdown).document.blocks.first, case .cells(let cells) = table.rows[0] else {
            Issue.record("expected a comparison table")
            return
        }
        #expect(cells[1] == [.paragraph([.text("本府"), .deleted([.text("正式")]), .text("公告。")])])
        #expect(cells[0] == [.paragraph([.text("本府公告。")])])
    }

    @Test func comparisonErrorsNameTheLineAndWhatIsRight() {
        let missing = read("text\n\n```comparison\ncaption: 表\n---\na\n|\nb\n```\n")
        #expect(missing.problems.count == 1)
        #expect(missing.problems.first?.line == 3)
        #expect(missing.problems.first?.message.contains("columns:") == true)

        let short = read("```comparison\ncolumns: 修正條文 | 現行條文 | 說明\n---\na\n|\nb\n```\n")
        #expect(short.problems.map(\.line) == [4])
        #expect(short.problems.first?.message.contains("has 2 cells but the table has 3 columns") == true)

        let unknown = read("```comparison\ncolumn: a | b\ncolumns: a | b\n---\nx\n|\ny\n```\n")
        #expect(unknown.problems.map(\.line) == [2])
    }

    @Test func aTableInsideAComparisonCellReportsItsOwnLine() {
        let result = read("```comparison\ncolumns: a | b\n---\n| x | y |\n| --- | --- |\n| 1 |\n|\nold\n```\n")
        #expect(result.problems.map(\.line) == [6])
    }

    @Test func plainTextPutsEveryCellOnItsOwnLine() {
        let text = PlainTextWriter.write(read("| 姓名 | 地址 |\n| --- | --- |\n| 王小明 | 高雄市 |\n").document)
        #expect(text == "姓名\n地址\n王小明\n高雄市")
    }

    @Test func aSignatureBlockIsWrittenByEveryWriter() {
        let document = Document([.paragraph([.text("此令。")]),
                                 .signature(Signature(signers: [.init(title: "市　　長", name: "王小明")], delegation: "依分層負責規定授權單位主管決行"))])
        #expect(HTMLWriter().write(document).contains("<span class=\"signer-title\">市　　長</span>"))
        #expect(PlainTextWriter.write(document) == "此令。\n市　　長　王小明\n依分層負責規定授權單位主管決行")
    }

    @Test func markupInCellsAndCaptionsIsEscaped() {
        let html = html("Table: <b>x</b>\n| <script> | a&b |\n| --- | --- |\n| \"q\" | [l](javascript:alert(1)) |\n")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("a&amp;b"))
    }
}

struct CSVTableTests {
    @Test func aCSVBlockReadsQuotedFieldsAndLineEnds() {
        let markdown = "```csv\ncaption: 名冊\n---\n編號,姓名,地址\r\n1,王○明,\"高雄市苓雅區, 四維三路2號\"\r\n2,\"李\"\"○\"\"華\",\"第一行\n第二行\"\r\n```\n"
        let result = MarkdownReader().read(markdown)
        #expect(result.problems.isEmpty)
        guard case .table(let table)? = result.document.blocks.first else {
            Issue.record("expected a table, got \(result.document.blocks)")
            return
        }
        #expect(table.caption?.plainText == "名冊")
        #expect(table.header.map(\.plainText) == ["編號", "姓名", "地址"])
        #expect(table.rows.map { $0.map(\.plainText) } == [["1", "王○明", "高雄市苓雅區, 四維三路2號"], ["2", "李\"○\"華", "第一行\n第二行"]])
        #expect(table.numericColumns == [0])
    }

    @Test func aCSVBlockReadsItsAttachmentAndReportsWhatIsWrong() {
        let files = ["files/roster.csv": "姓名,金額\n王○明,1200\n李○華\n", "files/open.csv": "a,b\n\"x,1\n"]
        let reader = MarkdownReader(attachment: { files[$0] })
        let good = reader.read("前言。\n\n```csv\nfile: files/roster.csv\n```\n")
        #expect(good.problems.map(\.line) == [3])
        #expect(good.problems.first?.message.contains("line 3 of files/roster.csv has 1 fields but its header has 2") == true)
        if case .table(let table)? = good.document.blocks.last {
            #expect(table.rows.count == 2)
        } else {
            Issue.record("expected a table")
        }
        let missing = reader.read("```csv\nfile: files/other.csv\n```\n")
        #expect(missing.problems.first?.message.contains("is not one of this notice's attachments") == true)
        let open = reader.read("```csv\nfile: files/open.csv\n```\n")
        #expect(open.problems.first?.message.contains("never closed") == true)
        let unknown = reader.read("```csv\nfiles: files/roster.csv\n```\n")
        #expect(unknown.problems.first?.line == 2)
    }
}
