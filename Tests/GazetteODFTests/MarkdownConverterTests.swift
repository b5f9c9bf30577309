@testable import GazetteODF
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

struct MarkdownConverterTests {
    private func convert(_ markdown: String) -> String {
        var xml = ""
        let resolver = LinkResolver(pageURL: "https://gazette.example.gov.tw/gazette/110-spring-001/notice/")
        MarkdownConverter(resolveLink: resolver.resolve).append(markdown, to: &xml)
        return xml
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
        let xml = convert("3. 三\n4. 四\n   - 甲\n     1. 更深")
        #expect(xml == "<text:list text:style-name=\"Numbering_20_123\"><text:list-item text:start-value=\"3\">"
            + "<text:p text:style-name=\"List\">三</text:p></text:list-item><text:list-item><text:p text:style-name=\"List\">四</text:p>"
            + "<text:list text:style-name=\"List_20_1\"><text:list-item><text:p text:style-name=\"List\">甲</text:p>"
            + "<text:list text:style-name=\"Numbering_20_123\"><text:list-item><text:p text:style-name=\"List\">更深</text:p>"
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

    @Test func everyConversionIsWellFormedXML() throws {
        let markdown = try String(contentsOfFile: #filePath.replacingOccurrences(of: "Tests/GazetteODFTests/MarkdownConverterTests.swift",
                                                                              with: "Content/gazette/110-spring-001/venue-rules-amendment.md"),
                                  encoding: .utf8)
        let xml = "<r xmlns:text=\"t\" xmlns:xlink=\"x\">" + convert(markdown) + "</r>"
        #expect(XMLParser(data: Data(xml.utf8)).parse())
    }
}
