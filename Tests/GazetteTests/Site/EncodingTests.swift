import GazetteSite
import Testing

struct EncodingTests {
    @Test func jsonCannotCloseAScriptElement() {
        let json = JSONValue.object([("title", .string("</script><script>alert(1)</script>&\u{2028}\"\\\u{01}"))]).serialized
        #expect(json == #"{"title":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e\u0026\u2028\"\\\u0001"}"#)
    }

    @Test func xmlEscapesMarkupAndDropsForbiddenControls() {
        #expect(XMLText.escape("a<b>&\"c\"'d'\u{01}]]>") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;]]&gt;")
    }

    @Test func csvNeutralisesFormulasAndQuotes() {
        let csv = CSVTable(header: ["a", "b"], rows: [["=1+1", "say \"hi\""], ["-2", "@x"]]).serialized
        #expect(csv == "\u{FEFF}\"a\",\"b\"\r\n\"'=1+1\",\"say \"\"hi\"\"\"\r\n\"'-2\",\"'@x\"\r\n")
    }

    @Test func pathSegmentsCannotClimbOrQuery() {
        #expect(PercentEncoding.pathSegment("場地") == "%E5%A0%B4%E5%9C%B0")
        #expect(PercentEncoding.pathSegment("../a?b#c") == "..%2Fa%3Fb%23c")
    }

    @Test func figuresGetThousandsSeparators() {
        #expect(Thousands.format(320267) == "320,267")
        #expect(Thousands.format(999) == "999")
        #expect(Thousands.format(-1067) == "-1,067")
        #expect(ByteSize.format(532) == "532 位元組")
        #expect(ByteSize.format(12_595) == "12.3 KB")
    }

    @Test func linksCarryTheBasePath() {
        let urls = SiteURLs(baseURL: "https://example.gov.tw/gazette")
        #expect(urls.link(["tags", "場地"]) == "/gazette/tags/%E5%A0%B4%E5%9C%B0/")
        #expect(urls.absolute(link: "/gazette/a/") == "https://example.gov.tw/gazette/a/")
    }
}
