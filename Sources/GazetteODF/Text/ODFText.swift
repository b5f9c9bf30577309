import GazetteSite

/// Text as ODF paragraphs hold it. Like HTML, ODF collapses runs of spaces and ignores tabs
/// and newlines in text, so text whose layout matters (code) spells them as elements.
enum ODFText {
    static func append(_ text: String, to xml: inout String) {
        XMLText.append(text, to: &xml)
    }

    static func escape(_ text: String) -> String {
        XMLText.escape(text)
    }

    static func isPlain(_ text: String) -> Bool { XMLText.isPlain(text) }

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
