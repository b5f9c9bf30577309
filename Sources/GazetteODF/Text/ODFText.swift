import GazetteSite

/// Text as ODF paragraphs hold it. Like HTML, ODF collapses runs of spaces and ignores tabs
/// and newlines in text, so text whose layout matters (code) spells them as elements.
enum ODFText {
    static func append(_ text: String, to xml: inout String) {
        xml += escape(text)
    }

    /// `XMLText.escape`, skipped for the common text that has nothing to escape: scanning bytes
    /// is much cheaper than rebuilding the string scalar by scalar.
    static func escape(_ text: String) -> String {
        isPlain(text) ? text : XMLText.escape(text)
    }

    /// No markup characters, no C0 controls, no U+FFFE or U+FFFF (UTF-8 EF BF BE, EF BF BF).
    static func isPlain(_ text: String) -> Bool {
        var before = (UInt8(0), UInt8(0))
        for byte in text.utf8 {
            switch byte {
            case 0x00..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                return false
            default:
                if (byte == 0xBE || byte == 0xBF) && before == (0xEF, 0xBF) { return false }
                before = (before.1, byte)
            }
        }
        return true
    }

    /// Every space, tab and line break kept as written.
    static func appendPreserving(_ text: Substring, to xml: inout String) {
        var segmentStart = text.startIndex
        var index = text.startIndex
        var atStart = true
        while index < text.endIndex {
            let character = text[index]
            guard character == " " || character == "\t" || character == "\n" else {
                atStart = false
                index = text.index(after: index)
                continue
            }
            xml += escape(String(text[segmentStart..<index]))
            if character == " " {
                var end = index
                var count = 0
                while end < text.endIndex && text[end] == " " {
                    count += 1
                    end = text.index(after: end)
                }
                let kept = atStart ? count : count - 1
                if !atStart { xml += " " }
                if kept == 1 { xml += "<text:s/>" } else if kept > 1 { xml += "<text:s text:c=\"\(kept)\"/>" }
                index = end
            } else {
                xml += character == "\t" ? "<text:tab/>" : "<text:line-break/>"
                index = text.index(after: index)
            }
            atStart = false
            segmentStart = index
        }
        xml += escape(String(text[segmentStart..<text.endIndex]))
    }
}
