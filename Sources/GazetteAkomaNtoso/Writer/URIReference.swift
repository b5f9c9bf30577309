/// A link target as `xsd:anyURI` accepts it. The reader keeps a Markdown link's destination as
/// the editor wrote it (spaces, Chinese, a stray `%`); the schema's URI check rejects some of
/// those, so every byte outside RFC 3986's characters is percent-encoded, and so is a `%` that
/// does not start an escape. Characters the URI already uses (`/`, `?`, `#`, `:`) stay.
enum URIReference {
    static func encode(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var result = ""
        result.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            if isAllowed(byte) || (byte == 0x25 && startsEscape(bytes, at: index)) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + hex(byte >> 4) + hex(byte & 0x0F)
            }
        }
        return result
    }

    /// Unreserved and reserved characters of RFC 3986, but for `[` and `]`, which only an IP
    /// address in the host may hold.
    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39: true
        default: "-._~:/?#@!$&'()*+,;=".utf8.contains(byte)
        }
    }

    private static func startsEscape(_ bytes: [UInt8], at index: Int) -> Bool {
        index + 2 < bytes.count && isHexDigit(bytes[index + 1]) && isHexDigit(bytes[index + 2])
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    private static func hex(_ value: UInt8) -> String {
        String(value, radix: 16, uppercase: true)
    }
}
