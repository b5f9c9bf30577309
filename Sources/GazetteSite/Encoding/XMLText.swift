/// Escaping for XML and HTML text and attribute values. Characters XML 1.0 forbids
/// (most C0 controls, U+FFFE, U+FFFF) are dropped rather than written.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        if isPlain(text) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        appendEscaping(text, to: &result)
        return result
    }

    /// `escape`, appended to `result`: a writer of large files spares a string per text.
    public static func append(_ text: String, to result: inout String) {
        if isPlain(text) { result += text } else { appendEscaping(text, to: &result) }
    }

    /// No markup characters, no C0 controls, no U+FFFE or U+FFFF (UTF-8 EF BF BE, EF BF BF):
    /// the text is its own escape, which a byte scan tells faster than escaping would.
    public static func isPlain(_ text: String) -> Bool {
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

    private static func appendEscaping(_ text: String, to result: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
    }
}
