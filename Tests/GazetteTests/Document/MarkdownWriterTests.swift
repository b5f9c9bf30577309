import Foundation
import GazetteContent
import GazetteDocument
import GazetteMarkdown
import Testing

/// The writer's one promise: what it writes of a tree the reader made reads back as that tree.
struct MarkdownWriterTests {
    static let reader = MarkdownReader()

    static func read(_ markdown: String) -> Document {
        reader.read(markdown).document
    }

    /// The tree read back from what the writer makes of `document`, and the Markdown, for messages.
    static func reread(_ document: Document, with reader: MarkdownReader = reader) -> (document: Document, markdown: String) {
        let markdown = MarkdownWriter().write(document)
        return (reader.read(markdown).document, markdown)
    }

    /// `read(write(read(markdown))) == read(markdown)`.
    static func expectRoundTrip(_ markdown: String, with reader: MarkdownReader = reader, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let document = reader.read(markdown).document
        let again = reread(document, with: reader)
        #expect(again.document == document, "source:\n\(markdown)\nwritten:\n\(again.markdown)", sourceLocation: sourceLocation)
    }

    /// A tree the reader can make, written and read back unchanged.
    static func expectTreeRoundTrip(_ blocks: [Block], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let again = reread(Document(blocks))
        #expect(again.document == Document(blocks), "written:\n\(again.markdown)", sourceLocation: sourceLocation)
    }

    // MARK: The sample content

    static let contentFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content/gazette")

    static var sampleNotices: [URL] {
        let issues = (try? FileManager.default.contentsOfDirectory(at: contentFolder, includingPropertiesForKeys: nil)) ?? []
        return issues.flatMap { issue in
            ((try? FileManager.default.contentsOfDirectory(at: issue, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.pathExtension == "md" }
        }.sorted { $0.path < $1.path }
    }

    @Test func theSampleContentHasNoticesToWrite() {
        #expect(Self.sampleNotices.count >= 20)
    }

    @Test(arguments: sampleNotices)
    func everySampleNoticeBodyRoundTrips(_ file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let body = try FrontMatter.split(text, path: file.lastPathComponent).get().body
        let issue = file.deletingLastPathComponent()
        let reader = MarkdownReader(attachment: { path in try? String(contentsOf: issue.appendingPathComponent(path), encoding: .utf8) })
        let read = reader.read(body)
        #expect(read.problems.isEmpty)
        let markdown = MarkdownWriter().write(read.document)
        let again = reader.read(markdown)
        #expect(again.document == read.document, "written:\n\(markdown)")
        #expect(again.problems.isEmpty)
    }

    @Test func aPlainNoticeStaysReadable() {
        let markdown = """
        主旨：公告本局網站 http://www.sfb.gov.tw/a_b.html 之更新事項，自中華民國110年1月1日起實施。

        依據：行政程序法第七十八條第一項第一款、第八十條及第八十一條。

        公告事項：
        一、應受送達人：王○明（電話：07-3368333），地址詳如附件。
        二、本公示送達自刊登政府公報之日起，經二十日發生送達效力。

        第三條　申請人應於三十日前申請。
        （刪除）

        詳見 <https://www.kcg.gov.tw/>，或洽 **本府行政暨國際處**。

        """
        let written = MarkdownWriter().write(Self.read(markdown))
        #expect(written == markdown, "written:\n\(written)")
    }

    @Test func aSignatureIsLeftToTheFrontMatter() {
        let signature = Block.signature(Signature(signers: [.init(title: "局　　長", name: "李小華")]))
        #expect(MarkdownWriter().write(Document([.paragraph([.text("此令。")]), signature])) == "此令。\n")
    }
}

/// Each construct, and each character that the reader could take for syntax.
struct MarkdownWriterConstructTests {
    private func expectRoundTrip(_ markdown: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        MarkdownWriterTests.expectRoundTrip(markdown, sourceLocation: sourceLocation)
    }

    private func expectTreeRoundTrip(_ blocks: [Block], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        MarkdownWriterTests.expectTreeRoundTrip(blocks, sourceLocation: sourceLocation)
    }

    private func written(_ blocks: [Block]) -> String {
        MarkdownWriter().write(Document(blocks))
    }

    @Test(arguments: [
        "段落一。\n\n段落二，\n下一行。",
        "# 一級\n\n## 二級 ##\n\n###### 六級\n\n#\n\n標題\n第二行\n===\n\n標題\\\n第二行\n---",
        "- 甲\n- 乙\n  - 丙\n\n1. 一\n2. 二\n\n3) 三\n\n- 鬆\n\n- 散\n\n  第二段",
        "- a\n+ b\n\n1. a\n1) b\n\n- \n- x\n\n-\n\n- y",
        "> 引文\n> 第二行\n>\n> > 巢狀\n>\n> 一、甲\n> 二、乙",
        "```swift\nlet a = 1\n\n```\n\n````\n```\n````\n\n~~~ a`b\nx\n~~~\n\n```\n```\n\n~~~ ~a`\n~~~",
        "+ + +\n\n+ + x\n\n1. - -",
        "a\n\n***\n\n---\n\n___\n\nb",
        "*強調* **粗體** ***兩者*** `程式` ``a`b`` [連結](http://a.b/c \"標題\") ![圖](p.png)",
        "行一\\\n行二  \n行三",
        "公告事項：\n一、甲。\n（一）子。\n(二)丑。\n1、寅。\n（１）卯。\n二、乙。\n\n三、丙。\n\n附記。",
        "（一）先深\n一、後淺",
        "甲\\\n\\\n一、乙\\\n\n\\\n二、丙\n\\\n（一）丁\\\n\\\n第三條　戊\\\n\\\n一、己\n\\\n第四條　庚",
        "第一條　甲。\n第　十　條 乙：\n一、子。\n\n前項規定。\n\n**第十一條之一**　丙。\n\n## 第二章\n\n第三條\n\n- 清單\n\n第四條\n\n第三條規定之。",
        "Table: 名冊\n| 姓名 | 金額 | 備註 |\n|:---|---:|:---:|\n| 王**小明** | 1,200 | a \\| b |\n| 李大華 | 300 | |",
        "前言\nTable: 表\n| a |\n| - |\n| `x|y` |",
        "- &#84;able: 不是標題\n  | a |\n  | - |\n- Table: 是標題\n  | b |\n  | - |",
        "```comparison\ncaption: 對照表\ncolumns: 修正條文 | 現行條文 | 說明\n---\n# 第一章　總則\n---\n第三條　三十日。\n|\n第三條　十日。\n|\n一、延長。\n二、修正。\n---\n新增。\n|\n|\n本條新增。\n```",
    ])
    func eachConstructRoundTrips(_ markdown: String) {
        expectRoundTrip(markdown)
    }

    @Test func aCSVTableIsWrittenAsAPipeTable() {
        let markdown = "```csv\ncaption: 名冊\n---\n編號,姓名,說明\n1,王○明,\"a|b, *c*\"\n2,,\"x\ny\"\n```\n"
        let document = MarkdownWriterTests.read(markdown)
        guard case .table(let table)? = document.blocks.first else {
            Issue.record("expected a table, got \(document.blocks)")
            return
        }
        #expect(table.rows[0][2] == [.text("a|b, *c*")])
        let again = MarkdownWriterTests.reread(document)
        #expect(again.document == document)
        #expect(again.markdown.hasPrefix("Table: 名冊\n| 編號 | 姓名 | 說明 |\n| --- | --- | --- |\n"))
    }

    @Test func insertionsAndDeletionsAreWrittenAsTheirText() {
        let blocks: [Block] = [.paragraph([.text("由"), .inserted([.text("各")]), .deleted([.strong([.text("管理")])]), .text("機關")])]
        #expect(written(blocks) == "由各**管理**機關\n")
    }

    @Test func rawHTMLIsWrittenAsItIsAndReadBackWhenAllowed() {
        let reader = MarkdownReader(allowsRawHTML: true)
        MarkdownWriterTests.expectRoundTrip("<div class=\"x\">\n<p>甲</p>\n</div>\n\n乙<b>丙</b>丁\n", with: reader)
        #expect(written([.paragraph([.text("a"), .rawHTML("<br>"), .text("b")])]) == "a<br>b\n")
    }

    // MARK: Escaping

    /// Code spans and column names are one line: libcmark reads a code span's line ends as spaces.
    private func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ")
    }

    @Test(arguments: [
        "a*b*c", "a_b_c", "snake_case_name", "_x_", "a|b", "<b>粗</b>", "1. 項", "2) 項", "1234567890. 年", "# 非標題", "- 非清單",
        "+ 非清單", "-5度", "= 號", "==", "--", "> 非引文", "Table: 非標題", "`code`", "``", "a\\b", "\\", "a\\", "\\*",
        "&amp;", "&#12288;", "&copy", "AT&T", "a&b;", "![非圖](x)", "[非連結](x)", "a]b", "~~~", "a~b", "```", "***", "___",
        "* * *", "    四個空格", "\t定位", "尾空格 ", "尾兩空格  ", "尾定位\t", "\u{3000}全形空格開頭", "\u{A0}不換行空格開頭",
        "尾全形\u{3000}", "\u{3000}　一、全形空格後的編號", "!", "a!", "http://www.sfb.gov.tw/a_b?x=1&y=2", "<https://x.y/>",
        "**一、**粗體編號", "---|---", "a | b\n--- | ---", "|", "---",
    ])
    func textWithSyntaxCharactersStaysText(_ text: String) {
        for blocks: [Block] in [
            [.paragraph([.text("甲" + text)])],
            [.paragraph([.text("甲"), .softBreak, .text(text)])],
            [.paragraph([.text("甲"), .lineBreak, .text(text), .softBreak, .text("乙")])],
            [.list(List(kind: .bullet, isTight: true, items: [[.paragraph([.text(text)])]]))],
            [.quote([.paragraph([.text("甲"), .softBreak, .text(text)])])],
            [.heading(level: 2, [.text(text)])],
            [.paragraph([.emphasis([.text(text)]), .strong([.text(text)]), .code(oneLine(text))])],
            [.paragraph([.link(url: text, title: text, [.text(text)]), .image(url: text, title: text, description: [.text(text)])])],
            [.table(Table(caption: [.text(text)], alignments: [.none, .right], header: [[.text(text)], [.text("h")]],
                          rows: [[[.text(text)], [.code(oneLine(text))]]]))],
            [.comparison(ComparisonTable(caption: [.text(text)], columns: [oneLine("甲" + text).trimmingCharacters(in: CharacterSet(charactersIn: " \t")), "乙"],
                                         rows: [.heading([.text(text)]), .cells([[.paragraph([.text(text)])], []])]))],
            [.legalList(LegalList(level: 1, items: [LegalItem(marker: "一、", text: [.text("甲" + text)])]))],
            [.article(Article(number: "第三條", id: "a3", blocks: [.paragraph([.text("甲" + text)])]))],
        ] {
            expectTreeRoundTrip(blocks)
        }
        expectRoundTrip(text)
        expectRoundTrip("甲\n" + text + "\n乙")
        expectRoundTrip("| a | b |\n| --- | --- |\n| " + text.replacingOccurrences(of: "|", with: "\\|") + " | c |")
    }

    /// The escapes are needed: each of these, written as it is, reads as something else.
    @Test(arguments: ["a*b*c", "_斜體_ 字", "<b>粗</b>", "1. 項", "2) 項", "# 非標題", "- 非清單", "+ 非清單", "> 非引文", "`code`",
                      "&amp;", "a\\*", "[非連結](x)", "![非圖](x)", "***", "---", "    四個空格", "\t定位", "尾兩空格  ", " 前空格"])
    func writtenAsItIsEachOfTheseReadsAsSomethingElse(_ text: String) {
        #expect(MarkdownWriterTests.read(text) != Document([.paragraph([.text(text)])]))
        expectTreeRoundTrip([.paragraph([.text(text)])])
    }

    /// Numbering and article numbers are read from the text wherever the reader looks for them,
    /// and are text elsewhere: in list items, cells, headings, emphasis, and article numbers in
    /// quotes.
    @Test(arguments: ["第三條　看似條文", "第3條 看似條文", "一、看似編號", "（一）看似編號", "(1)看似編號", "１、看似編號"])
    func textThatLooksLikeNumberingStaysTextWhereTheReaderLeavesIt(_ text: String) {
        for blocks: [Block] in [
            [.list(List(kind: .ordered(start: 1), isTight: true, items: [[.paragraph([.text(text), .softBreak, .text(text)])]]))],
            [.heading(level: 1, [.text(text)])],
            [.paragraph([.emphasis([.text(text)]), .softBreak, .strong([.text(text)])])],
            [.table(Table(alignments: [.none], header: [[.text(text)]], rows: [[[.text(text)]]]))],
            [.legalList(LegalList(level: 1, items: [LegalItem(marker: "一、", text: [.text(text)])]))],
        ] {
            expectTreeRoundTrip(blocks)
        }
        if text.hasPrefix("第") {
            expectTreeRoundTrip([.quote([.paragraph([.text(text), .softBreak, .text(text)])])])
        }
    }

    @Test func textThatOnlyLooksLikeSyntaxIsWrittenAsTyped() {
        #expect(written([.paragraph([.text("依據：http://www.sfb.gov.tw/a_b.html 第3條，2021.5.3 公告；(1)a&b。")])])
                == "依據：http://www.sfb.gov.tw/a_b.html 第3條，2021.5.3 公告；(1)a&b。\n")
        #expect(written([.paragraph([.text("\u{3000}\u{3000}本府公告")])]) == "\u{3000}\u{3000}本府公告\n")
        #expect(written([.paragraph([.text("1. 甲 *乙* <b>")])]) == "1\\. 甲 \\*乙\\* \\<b>\n")
        #expect(written([.paragraph([.text("  兩格 ")])]) == "&#32; 兩格&#32;\n")
        #expect(written([.paragraph([.text("本府"), .strong([.text("公告")]), .text("事項："), .emphasis([.text("甲")])])])
                == "本府**公告**事項：*甲*\n")
    }

    @Test func emphasisBesidePunctuationIsWrittenSoThatItOpensAndCloses() {
        let blocks: [Block] = [.paragraph([.text("本府"), .strong([.text("「公告」")]), .text("事項")])]
        expectTreeRoundTrip(blocks)
        #expect(written(blocks) == "本&#24220;**「公告」**&#20107;項\n")
        expectTreeRoundTrip([.paragraph([.emphasis([.text("a")]), .emphasis([.text("b")]), .strong([.emphasis([.text("c")])]),
                                     .emphasis([.strong([.text("d")])]), .emphasis([.emphasis([.text("e")])])])])
        expectTreeRoundTrip([.paragraph([.emphasis([.text(" 空格 ")]), .text("x"), .strong([.text("\u{3000}")])])])
    }

    @Test func codeSpansAndFencesAreLongerThanTheBackticksInside() {
        #expect(written([.paragraph([.code("a`b``c")])]) == "```a`b``c```\n")
        #expect(written([.paragraph([.code("`")])]) == "`` ` ``\n")
        #expect(written([.code("```\nx\n", info: "")]) == "````\n```\nx\n````\n")
        expectTreeRoundTrip([.paragraph([.code(" a ")]), .paragraph([.code("  ")]), .paragraph([.text("x"), .softBreak, .code("``a`")])])
    }
}

/// Random bodies and trees, from fixed seeds: a failure names its seed and what was written.
struct MarkdownWriterPropertyTests {
    /// Enough cases to meet every pair of neighbouring pieces many times, few enough to run in seconds.
    static let cases = 3000

    @Test func randomMarkdownReadsBackAsWhatItWasRead() {
        var failures = 0
        var written = 0
        for seed in 0..<UInt64(Self.cases) where failures < 5 {
            var generator = SplitMix64(state: seed)
            let markdown = RandomMarkdown.body(using: &generator)
            let read = MarkdownWriterTests.reader.read(markdown)
            // A body with a malformed table is rejected, and its tree is no one's to write; the
            // writer's one known limit is emphasis nested three deep (see EmphasisDelimiters).
            guard read.problems.isEmpty, !read.document.nestsEmphasisThreeDeep else { continue }
            written += 1
            let document = read.document
            let again = MarkdownWriterTests.reread(document)
            if again.document != document {
                failures += 1
                Issue.record("seed \(seed)\nsource:\n\(markdown)\nwritten:\n\(again.markdown)\n\(difference(document, again.document))")
            }
        }
        #expect(written > Self.cases * 3 / 4, "too few random bodies were checked: \(written)")
    }

    @Test func randomTreesReadBackUnchanged() {
        var failures = 0
        for seed in 0..<UInt64(Self.cases) where failures < 5 {
            var tree = RandomTree(generator: SplitMix64(state: seed))
            let document = Document(tree.body())
            let again = MarkdownWriterTests.reread(document)
            // The reader marks the changes of a comparison's columns itself; those trees are
            // checked from what it reads.
            let expected = document.containsComparison ? MarkdownWriterTests.reread(again.document).document : document
            let actual = document.containsComparison ? again.document : again.document
            if actual != expected {
                failures += 1
                Issue.record("seed \(seed)\nwritten:\n\(again.markdown)\n\(difference(expected, actual))")
            }
        }
    }
}

/// The first block that differs, rather than two whole trees.
private func difference(_ expected: Document, _ actual: Document) -> String {
    let index = zip(expected.blocks, actual.blocks).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(expected.blocks.count, actual.blocks.count)
    return "block \(index) expected:\n\(expected.blocks[safe: index].map { "\($0)" } ?? "none")\n"
        + "read back:\n\(actual.blocks[safe: index].map { "\($0)" } ?? "none")"
}

private extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

private extension Document {
    /// Emphasis or strong inside two others, at any depth of the tree.
    var nestsEmphasisThreeDeep: Bool {
        func nests(_ inlines: [Inline], depth: Int) -> Bool {
            inlines.contains { inline in
                switch inline {
                case .emphasis(let children), .strong(let children): return depth >= 2 || nests(children, depth: depth + 1)
                case .link(_, _, let children), .image(_, _, let children), .inserted(let children), .deleted(let children):
                    return nests(children, depth: depth)
                case .text, .code, .softBreak, .lineBreak, .rawHTML: return false
                }
            }
        }
        func nests(_ blocks: [Block]) -> Bool {
            blocks.contains { block in
                switch block {
                case .paragraph(let inlines), .heading(_, let inlines): return nests(inlines, depth: 0)
                case .list(let list): return list.items.contains(where: nests)
                case .legalList(let list): return list.items.contains { nests($0.text, depth: 0) || nests($0.children) }
                case .article(let article): return nests(article.blocks)
                case .quote(let children): return nests(children)
                case .table(let table):
                    return ([table.caption ?? []] + table.header + table.rows.flatMap { $0 }).contains { nests($0, depth: 0) }
                case .comparison(let table):
                    return nests(table.caption ?? [], depth: 0) || table.rows.contains { row in
                        switch row {
                        case .heading(let inlines): return nests(inlines, depth: 0)
                        case .cells(let cells): return cells.contains(where: nests)
                        }
                    }
                case .code, .rawHTML, .thematicBreak, .signature: return false
                }
            }
        }
        return nests(blocks)
    }

    var containsComparison: Bool {
        func contains(_ blocks: [Block]) -> Bool {
            blocks.contains { block in
                switch block {
                case .comparison: return true
                case .quote(let children): return contains(children)
                case .list(let list): return list.items.contains(where: contains)
                default: return false
                }
            }
        }
        return contains(blocks)
    }
}
