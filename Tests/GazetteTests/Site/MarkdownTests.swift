import GazetteDocument
import GazetteMarkdown
import Testing

struct MarkdownTests {
    private func html(_ markdown: String, allowsRawHTML: Bool = false) -> String {
        HTMLWriter().write(MarkdownReader(allowsRawHTML: allowsRawHTML).read(markdown).document)
    }

    @Test func rawHTMLAndScriptLinksAreDroppedByDefault() {
        let html = html("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("javascript:"))
    }

    @Test func sitesMayOptIntoRawHTML() {
        #expect(html("<div class=\"x\">a</div>", allowsRawHTML: true).contains("<div class=\"x\">"))
    }

    @Test func plainTextKeepsWordsAndJoinsWrappedChinese() {
        let text = PlainTextWriter.write(MarkdownReader().read("## 主旨\n\n公告**調解**委\n員名單。\n\n- 一\n- 二").document)
        #expect(text == "主旨\n公告調解委員名單。\n一\n二")
    }
}
