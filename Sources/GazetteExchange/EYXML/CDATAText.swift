/// A value as CDATA, as the national gazette writes every value. `]]>` ends a CDATA section,
/// so it is split across two; characters XML 1.0 cannot hold in any form (C0 controls other
/// than tab and line ends, U+FFFE, U+FFFF), which a Markdown file may contain, are left out.
enum CDATAText {
    static func append(_ text: String, to xml: inout String) {
        xml += "<![CDATA["
        // Most values need neither: appended whole, not a scalar at a time.
        if !text.contains("]]>"), text.unicodeScalars.allSatisfy(isAllowed) {
            xml += text + "]]>"
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

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
