@testable import GazetteODF
import GazetteSite
import Testing

struct EscapingTests {
    /// The fast path must give exactly what `XMLText.escape` gives, on text with and without
    /// anything to escape, including the bytes that look like U+FFFE and U+FFFF.
    @Test func fastPathAgreesWithXMLTextEscape() {
        let samples = [
            "", "高雄市政府", "修正「高雄市政府行政中心場地使用管理規則」", "A & B", "<tag>", "\"quoted\" 'single'",
            "tab\tline\nbreak\r", "bell\u{07}vertical\u{0B}", "\u{FFFE}\u{FFFF}", "full-width：，（）￥",
            "\u{FFBE}\u{FFBF}\u{FFFD}", "emoji 🏛️", "line\u{2028}separator",
        ]
        for sample in samples {
            #expect(ODFText.escape(sample) == XMLText.escape(sample), "\(sample.unicodeScalars.map { $0.value })")
        }
        #expect(ODFText.isPlain("中華民國110年"))
        #expect(!ODFText.isPlain("a\u{FFFF}b"))
        #expect(ODFText.isPlain("\u{FFBE}"))
    }

    @Test func preservedTextSpellsSpacesTabsAndBreaks() {
        var xml = ""
        ODFText.appendPreserving("  two  spaces\tand\nbreak <x>", to: &xml)
        #expect(xml == "<text:s text:c=\"2\"/>two <text:s/>spaces<text:tab/>and<text:line-break/>break &lt;x&gt;")
    }
}
