@testable import GazetteODF
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GazetteDocument
import GazetteMarkdown
import Testing

struct DocumentConverterTests {
    private func body(_ markdown: String, signature: Signature? = nil) -> TextBody {
        var document = MarkdownReader().read(markdown).document
        if let signature { document.blocks.append(.signature(signature)) }
        var body = TextBody()
        let resolver = LinkResolver(pageURL: "https://gazette.example.gov.tw/gazette/110-spring-001/notice/")
        body.document(document, converter: DocumentConverter(resolveLink: resolver.resolve, namePrefix: "notice"))
        return body
    }

    private func convert(_ markdown: String) -> String { body(markdown).xml }

    /// The markup wrapped in the namespaces it uses, parsed: `nil` when it is not well-formed.
    private func parsed(_ xml: String) -> Bool {
        let document = "<r xmlns:text=\"t\" xmlns:xlink=\"x\" xmlns:table=\"b\" xmlns:office=\"o\">" + xml + "</r>"
        return XMLParser(data: Data(document.utf8)).parse()
    }

    @Test func headingsStartBelowTheDocumentTitle() {
        #expect(convert("## 主旨\n\n### 說明") == "<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">主旨</text:h>"
            + "<text:h text:style-name=\"Heading_20_3\" text:outline-level=\"3\">說明</text:h>")
        #expect(convert("# 主旨").hasPrefix("<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">"))
    }

    @Test func inlinesBecomeNamedTextStyles() {
        #expect(convert("*強調*、**粗體**、`a  b`") == "<text:p text:style-name=\"Text_20_body\">"
            + "<text:span text:style-name=\"Emphasis\">強調</text:span>、<text:span text:style-name=\"Strong_20_Emphasis\">粗體</text:span>、"
            + "<text:span text:style-name=\"Source_20_Text\">a <text:s/>b</text:span></text:p>")
    }

    @Test func softBreaksJoinChineseAndSpaceLatin() {
        #expect(convert("第一行\n第二行") == "<text:p text:style-name=\"Text_20_body\">第一行第二行</text:p>")
        #expect(convert("first\nsecond  \nthird") == "<text:p text:style-name=\"Text_20_body\">first second<text:line-break/>third</text:p>")
    }

    @Test func listsNestAndKeepTheirStart() {
        let xml = convert("3. three\n4. four\n   - a\n     1. deeper")
        #expect(xml == "<text:list text:style-name=\"Numbering_20_123\"><text:list-item text:start-value=\"3\">"
            + "<text:p text:style-name=\"List\">three</text:p></text:list-item><text:list-item><text:p text:style-name=\"List\">four</text:p>"
            + "<text:list text:style-name=\"List_20_1\"><text:list-item><text:p text:style-name=\"List\">a</text:p>"
            + "<text:list text:style-name=\"Numbering_20_123\"><text:list-item><text:p text:style-name=\"List\">deeper</text:p>"
            + "</text:list-item></text:list></text:list-item></text:list></text:list-item></text:list>")
    }

    @Test func quotesCodeAndRulesUseTheirStyles() {
        #expect(convert("> 引用") == "<text:p text:style-name=\"Quotations\">引用</text:p>")
        #expect(convert("```\n a\tb\n<c>\n```") == "<text:p text:style-name=\"Preformatted_20_Text\"><text:s/>a<text:tab/>b</text:p>"
            + "<text:p text:style-name=\"Preformatted_20_Text\">&lt;c&gt;</text:p>")
        #expect(convert("---") == "<text:p text:style-name=\"Horizontal_20_Line\"/>")
    }

    @Test func linksBecomeAbsoluteAndUnsafeOnesStayText() {
        let xml = convert("[甲](../other/) [乙](/gazette/) [丙](https://a.example/?b=1&c=2) [丁](javascript:alert(1)) [戊](mailto:x@example.gov.tw)")
        #expect(xml.contains("xlink:href=\"https://gazette.example.gov.tw/gazette/110-spring-001/other/\""))
        #expect(xml.contains("xlink:href=\"https://gazette.example.gov.tw/gazette/\""))
        #expect(xml.contains("xlink:href=\"https://a.example/?b=1&amp;c=2\""))
        #expect(xml.contains("xlink:href=\"mailto:x@example.gov.tw\""))
        #expect(!xml.contains("javascript") && xml.contains(" 丁 "))
        #expect(convert("[![圖](a.png)](https://b.example/)").components(separatedBy: "<text:a ").count == 2)
    }

    @Test func rawHTMLAndControlCharactersAreLeftOut() {
        #expect(convert("<div>x</div>\n\n甲\u{01}乙") == "<text:p text:style-name=\"Text_20_body\">甲乙</text:p>")
    }

    @Test func legalNumberingIsAListPerLevelThatKeepsItsPrintedMarkers() {
        let xml = convert("## 說明\n\n一、依據本府函辦理。\n二、應辦事項如下：\n（一）申請人應檢附文件。\n1、身分證明。\n（二）逾期不受理。")
        func item(_ text: String) -> String { "<text:list-item><text:p text:style-name=\"List\">\(text)</text:p>" }
        func list(_ level: Int) -> String { "<text:list text:style-name=\"Legal_20_Numbering_20_\(level)\">" }
        let end = "</text:list-item>"
        var expected: String = list(1) + item("一、依據本府函辦理。") + end + item("二、應辦事項如下：")
        expected += list(2) + item("（一）申請人應檢附文件。") + list(3) + item("1、身分證明。") + end + "</text:list>" + end
        expected += item("（二）逾期不受理。") + end + "</text:list>" + end + "</text:list>"
        #expect(xml.hasSuffix(expected))
    }

    @Test func legalListStylesHangWithoutGeneratedNumbers() {
        let styles = ListStyles.all
        for level in 1...4 {
            let name = "Legal_20_Numbering_20_\(level)"
            guard let start = styles.range(of: "<text:list-style style:name=\"\(name)\""),
                  let end = styles[start.upperBound...].range(of: "</text:list-style>") else {
                Issue.record("no list style \(name)")
                continue
            }
            let style = styles[start.lowerBound..<end.upperBound]
            #expect(style.components(separatedBy: "style:num-format=\"\"").count == 11, "\(name): every level shows no number")
            #expect(style.contains("text:label-followed-by=\"nothing\" fo:text-indent=\"-"), "\(name): hangs")
        }
    }

    @Test func articlesAreBookmarkedWithTheirNumberInBold() {
        let xml = convert("**第十一條之一**　本規則自發布日施行。\n\n前項規定，準用之。\n\n第十二條　申請應備下列文件：\n一、申請書。")
        var expected: String = "<text:p text:style-name=\"Text_20_body\"><text:bookmark text:name=\"notice-a11-1\"/>"
        expected += "<text:span text:style-name=\"Article_20_Number\">第十一條之一</text:span>\u{3000}本規則自發布日施行。</text:p>"
        expected += "<text:p text:style-name=\"Text_20_body\">前項規定，準用之。</text:p>"
        expected += "<text:p text:style-name=\"Text_20_body\"><text:bookmark text:name=\"notice-a12\"/>"
        expected += "<text:span text:style-name=\"Article_20_Number\">第十二條</text:span>\u{3000}申請應備下列文件：</text:p>"
        expected += "<text:list text:style-name=\"Legal_20_Numbering_20_1\"><text:list-item><text:p text:style-name=\"List\">一、申請書。</text:p>"
        expected += "</text:list-item></text:list>"
        #expect(xml == expected)
    }

    @Test func dataTablesRepeatTheirHeaderRowAndAlignFigures() {
        let made = body("Table: 應受送達人名冊\n| 姓名 | 金額 | 備註 |\n|---|---|:-:|\n| 王小明 | 1,200 | 甲 |\n| 李&四 | 300 | 乙 |")
        let xml = made.xml
        var start: String = "<text:p text:style-name=\"Table\">應受送達人名冊</text:p>"
        start += "<table:table table:name=\"notice-表1\" table:style-name=\"BodyTable\">"
        start += "<table:table-column table:style-name=\"BodyColumn6\"/><table:table-column table:style-name=\"BodyColumn5\"/>"
        start += "<table:table-column table:style-name=\"BodyColumn4\"/><table:table-header-rows><table:table-row>"
        start += "<table:table-cell table:style-name=\"HeaderCell\" office:value-type=\"string\">"
        start += "<text:p text:style-name=\"Table_20_Heading\">姓名</text:p></table:table-cell>"
        #expect(xml.hasPrefix(start))
        #expect(xml.contains("</table:table-row></table:table-header-rows><table:table-row>"))
        #expect(xml.components(separatedBy: "<table:table-row>").count == 4)
        #expect(xml.contains("<text:p text:style-name=\"Table_20_Figure\">1,200</text:p>"))
        #expect(xml.contains("<text:p text:style-name=\"Table_20_Contents_20_Centered\">甲</text:p>"))
        #expect(xml.contains("<text:p text:style-name=\"Table_20_Contents\">李&amp;四</text:p>"))
        for style in ["BodyTable", "BodyColumn6", "BodyColumn5", "BodyColumn4", "Cell", "HeaderCell"] {
            #expect(made.styles.xml.components(separatedBy: "style:name=\"\(style)\"").count == 2, "\(style) is defined once")
        }
        #expect(parsed(xml))
    }

    private static let comparison = """
        ```comparison
        caption: 修正條文對照表
        columns: 修正條文 | 現行條文 | 說明
        ---
        # 第一章　總則
        ---
        第三條　本規則所稱場地，指中庭及廣場。
        |
        第三條　本規則所稱場地，指中庭及大禮堂。
        |
        一、增列廣場。
        ---
        第四條　新增之條文。
        |
        |
        新增。
        ```
        """

    @Test func comparisonTablesRepeatTheirColumnNamesAndSpanHeadingRows() {
        let xml = convert(Self.comparison)
        #expect(xml.hasPrefix("<text:p text:style-name=\"Table\">修正條文對照表</text:p><table:table table:name=\"notice-表1\""))
        #expect(xml.components(separatedBy: "<table:table-column table:style-name=\"BodyColumn1\"/>").count == 4)
        var header: String = "<table:table-header-rows><table:table-row>"
        for column in ["修正條文", "現行條文", "說明"] {
            header += "<table:table-cell table:style-name=\"HeaderCell\" office:value-type=\"string\">"
            header += "<text:p text:style-name=\"Table_20_Heading\">\(column)</text:p></table:table-cell>"
        }
        header += "</table:table-row></table:table-header-rows>"
        #expect(xml.contains(header))
        var heading: String = "<table:table-row><table:table-cell table:style-name=\"Cell\" table:number-columns-spanned=\"3\""
        heading += " office:value-type=\"string\"><text:p text:style-name=\"Comparison_20_Heading\">第一章　總則</text:p>"
        heading += "</table:table-cell><table:covered-table-cell/><table:covered-table-cell/></table:table-row>"
        #expect(xml.contains(heading))
        #expect(parsed(xml))
    }

    @Test func comparisonCellsMarkChangesHoldBlocksAndAreNeverEmpty() {
        let xml = convert(Self.comparison)
        #expect(xml.contains("<text:span text:style-name=\"Inserted\">廣場</text:span>"))
        #expect(xml.contains("<text:span text:style-name=\"Deleted\">大禮堂</text:span>"))
        #expect(xml.contains("<table:table-cell table:style-name=\"Cell\" office:value-type=\"string\"><text:p text:style-name=\"Table_20_Contents\"/></table:table-cell>"))
        #expect(xml.contains("<text:list text:style-name=\"Legal_20_Numbering_20_1\"><text:list-item><text:p text:style-name=\"Table_20_Contents\">一、增列廣場。"))
    }

    @Test func theSignatureBlockStandsInItsOwnStyles() {
        let xml = body("公告周知。", signature: Signature(signers: [.init(title: "市　　長", name: "王大明"), .init(title: "局　　長", name: "王&小")],
                                                          delegation: "依分層負責規定授權單位主管決行")).xml
        #expect(xml.hasSuffix("<text:p text:style-name=\"Signature\">市　　長\u{3000}王大明</text:p>"
            + "<text:p text:style-name=\"Signature\">局　　長\u{3000}王&amp;小</text:p>"
            + "<text:p text:style-name=\"Signature_20_Delegation\">依分層負責規定授權單位主管決行</text:p>"))
    }

    @Test func aTableInAListItemBecomesLinesSinceODFListsCannotHoldTables() {
        let xml = convert("- 名冊：\n\n  | 姓名 | 金額 |\n  |---|---:|\n  | 王小明 | 100 |")
        #expect(!xml.contains("<table:table"))
        #expect(xml.contains("<text:p text:style-name=\"List\">王小明\u{3000}100</text:p>"))
        #expect(parsed(xml))
    }

    @Test func everyConversionIsWellFormedXML() throws {
        let folder = #filePath.replacingOccurrences(of: "Tests/GazetteODFTests/DocumentConverterTests.swift", with: "Content/gazette")
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }
        #expect(!files.isEmpty)
        for file in files {
            let markdown = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            #expect(parsed(convert(markdown)), "\(file)")
        }
    }
}
