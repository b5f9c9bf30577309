/// A value as CDATA, as the national gazette writes every value. `]]>` ends a CDATA section,
/// so it is split across two; characters XML 1.0 cannot hold in any form (C0 controls other
/// than tab and line ends, U+FFFE, U+FFFF), which a Markdown file may contain, are left out.
enum CDATAText {
    static func append(_ text: String, to xml: inout String) {
        xml += "<![CDATA["
        // Most values need neither: one pass over the bytes, then appended whole.
        if isPlain(text) {
            xml += text
            xml += "]]>"
            return
        }
        var pending = 0
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            // `]]>` closes the section after `]]`; a new one opens before the `>`.
            if scalar == ">" && pending >= 2 { xml += "]]><![CDATA[" }
            pending = scalar == "]" ? pending + 1 : 0
            xml.unicodeScalars.append(scalar)
        }
        xml += "]]>"
    }

    /// No `]]>` and no character to leave out, read from the UTF-8 bytes: U+FFFE and U+FFFF are
    /// EF BF BE and EF BF BF, and no other character's encoding has a byte below 0x20.
    private static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20, byte != 0x9, byte != 0xA, byte != 0xD { return false }
                if byte == 0x3E, index >= 2, bytes[index - 1] == 0x5D, bytes[index - 2] == 0x5D { return false }
                if byte == 0xBF, index >= 1, bytes[index - 1] == 0xEF, index + 1 < bytes.count,
                   bytes[index + 1] == 0xBE || bytes[index + 1] == 0xBF { return false }
                index += 1
            }
            return true
        }
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
