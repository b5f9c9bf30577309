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
        text.utf8.withContiguousStorageIfAvailable(isPlain) ?? Array(text.utf8).withUnsafeBufferPointer(isPlain)
    }

    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x3F {
                if byte < 0x20 || byte == 0x22 || byte == 0x26 || byte == 0x27 || byte == 0x3C || byte == 0x3E { return false }
            } else if byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE {
                return false
            }
            index += 1
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
