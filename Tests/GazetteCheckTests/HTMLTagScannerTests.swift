@testable import GazetteCheck
import Testing

struct HTMLTagScannerTests {
    @Test func readsQuotedUnquotedAndBareAttributes() {
        let tags = HTMLTagScanner.tags(in: #"<A HREF="/a/" title='x > y' data-n=3 hidden>text</A>"#)
        #expect(tags.count == 1)
        #expect(tags[0].name == "a")
        #expect(tags[0][attribute: "href"] == "/a/")
        #expect(tags[0][attribute: "title"] == "x > y")
        #expect(tags[0][attribute: "data-n"] == "3")
        #expect(tags[0][attribute: "hidden"] == "")
    }

    @Test func neverReadsMarkupInCommentsScriptsOrStyles() {
        let html = """
        <!-- <a href="/in-comment/"> -->
        <script>if (a < b) { s = '<a href="/in-script/">'; }</script>
        <style>a[href="/in-style/"] { color: red; }</STYLE>
        <title><a href="/in-title/"></title>
        <a href="/real/">x</a>
        """
        let hrefs = HTMLTagScanner.tags(in: html).compactMap { $0[attribute: "href"] }
        #expect(hrefs == ["/real/"])
    }

    @Test func aQuotedValueMaySpanLinesAndHoldAngleBrackets() {
        let html = "<p>\n<img alt=\"a\nb > c\" src=\"/i.png\">\n<a href=\"/next/\">"
        let tags = HTMLTagScanner.tags(in: html)
        #expect(tags.map(\.name) == ["p", "img", "a"])
        #expect(tags[1][attribute: "src"] == "/i.png")
        #expect(tags[1].line == 2)
        #expect(tags[2].line == 4)
    }

    @Test func decodesCharacterReferencesInValues() {
        let tag = HTMLTagScanner.tags(in: #"<a href="/q?a=1&amp;b=2&#38;c=&#x33;&lt;&unknown;">"#)[0]
        #expect(tag[attribute: "href"] == "/q?a=1&b=2&c=3<&unknown;")
    }

    @Test func ignoresEndTagsDoctypesAndStrayLessThanSigns() {
        let tags = HTMLTagScanner.tags(in: "<!DOCTYPE html><p>1 < 2 and 3 <4</p><br/><?xml x?>")
        #expect(tags.map(\.name) == ["p", "br"])
    }

    @Test func survivesATruncatedPage() {
        #expect(HTMLTagScanner.tags(in: "<a href=\"/x").map(\.name) == ["a"])
        #expect(HTMLTagScanner.tags(in: "<!-- never closed <a href=/y>").isEmpty)
        #expect(HTMLTagScanner.tags(in: "<script>never closed <a href=/z>").map(\.name) == ["script"])
    }
}
