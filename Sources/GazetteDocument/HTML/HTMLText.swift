/// Escaping for HTML text and attribute values, over UTF-8 bytes.
public enum HTMLText {
    public static func append(_ text: String, to html: inout String) {
        var text = text
        text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: needsEscape) else {
                html += String(decoding: bytes, as: UTF8.self)
                return
            }
            var escaped: [UInt8] = Array(bytes[..<first])
            escaped.reserveCapacity(bytes.count + 16)
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "&"): escaped += "&amp;".utf8
                case UInt8(ascii: "<"): escaped += "&lt;".utf8
                case UInt8(ascii: ">"): escaped += "&gt;".utf8
                case UInt8(ascii: "\""): escaped += "&quot;".utf8
                default: escaped.append(byte)
                }
            }
            html += String(decoding: escaped, as: UTF8.self)
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        // Every byte of a multi-byte character is 0x80 or above: one comparison passes Chinese text.
        byte < 0x3F && (byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\""))
    }

    static func escape(_ text: String) -> String {
        var html = ""
        append(text, to: &html)
        return html
    }

    /// A link target as libcmark writes one: characters a URL may hold stay, `&` and `'` become
    /// references, everything else is percent-encoded byte by byte.
    static func appendURL(_ url: String, to html: inout String) {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "'"): bytes += "&#x27;".utf8
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                bytes.append(byte)
            default:
                if "-_.+!*(),%#@?=;:/$~".utf8.contains(byte) {
                    bytes.append(byte)
                } else {
                    bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                }
            }
        }
        html += String(decoding: bytes, as: UTF8.self)
    }
}
