/// Reads the start tags of an HTML page the way a browser's tokenizer splits them: comments,
/// doctypes and end tags are skipped, quoted values may contain '>' and span lines, and the
/// text of script, style, textarea and title is never mistaken for markup.
public struct HTMLTagScanner {
    private static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

    private let bytes: [UInt8]
    private var position = 0
    private var line = 1

    public init(_ html: String) {
        bytes = Array(html.utf8)
    }

    public static func tags(in html: String) -> [HTMLTag] {
        var scanner = HTMLTagScanner(html)
        return scanner.scanAll()
    }

    public mutating func scanAll() -> [HTMLTag] {
        var tags: [HTMLTag] = []
        while let open = find(ASCII.lessThan) {
            advance(to: open + 1)
            if starts(with: "!--") {
                skip(past: "-->")
            } else if peek == ASCII.exclamation || peek == ASCII.question || peek == ASCII.slash {
                skip(past: ">")
            } else if let first = peek, ASCII.isLetter(first) {
                let startLine = line
                let tag = scanStartTag(line: startLine)
                tags.append(tag)
                if Self.rawTextElements.contains(tag.name) { skipRawText(of: tag.name) }
            }
        }
        return tags
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func scanStartTag(line startLine: Int) -> HTMLTag {
        let name = readWhile { !ASCII.isSpace($0) && $0 != ASCII.slash && $0 != ASCII.greaterThan }.lowercased()
        var attributes: [HTMLAttribute] = []
        while true {
            skipWhile { ASCII.isSpace($0) || $0 == ASCII.slash }
            guard let next = peek, next != ASCII.greaterThan else { break }
            // The first character may be '=' (the spec keeps it in the name), so always take one.
            let nameStart = position
            advance(to: position + 1)
            skipWhile { !ASCII.isSpace($0) && $0 != ASCII.slash && $0 != ASCII.greaterThan && $0 != ASCII.equals }
            let attributeName = String(decoding: bytes[nameStart..<position], as: UTF8.self).lowercased()
            skipWhile(ASCII.isSpace)
            var value = ""
            if peek == ASCII.equals {
                advance(to: position + 1)
                skipWhile(ASCII.isSpace)
                if let quote = peek, quote == ASCII.doubleQuote || quote == ASCII.singleQuote {
                    advance(to: position + 1)
                    value = readWhile { $0 != quote }
                    if peek != nil { advance(to: position + 1) }
                } else {
                    value = readWhile { !ASCII.isSpace($0) && $0 != ASCII.greaterThan }
                }
            }
            attributes.append(HTMLAttribute(name: attributeName, value: CharacterReferences.decode(value)))
        }
        if peek != nil { advance(to: position + 1) }
        return HTMLTag(name: name, attributes: attributes, line: startLine)
    }

    /// Moves past the element's text to its end tag (or the end of the page when it has none).
    private mutating func skipRawText(of name: String) {
        let end = Array("</\(name)".utf8)
        while let open = find(ASCII.lessThan) {
            advance(to: open)
            if matchesIgnoringCase(end) {
                skip(past: ">")
                return
            }
            advance(to: position + 1)
        }
    }

    private func starts(with text: String) -> Bool {
        let needle = Array(text.utf8)
        return position + needle.count <= bytes.count && Array(bytes[position..<position + needle.count]) == needle
    }

    private func matchesIgnoringCase(_ needle: [UInt8]) -> Bool {
        guard position + needle.count <= bytes.count else { return false }
        for (offset, byte) in needle.enumerated() where ASCII.lowercase(bytes[position + offset]) != byte {
            return false
        }
        return true
    }

    private func find(_ byte: UInt8) -> Int? {
        bytes[position...].firstIndex(of: byte)
    }

    private mutating func skip(past text: String) {
        let needle = Array(text.utf8)
        var index = position
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && Array(bytes[index..<index + needle.count]) == needle {
                advance(to: index + needle.count)
                return
            }
            index += 1
        }
        advance(to: bytes.count)
    }

    private mutating func readWhile(_ keep: (UInt8) -> Bool) -> String {
        let start = position
        skipWhile(keep)
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func skipWhile(_ keep: (UInt8) -> Bool) {
        var index = position
        while index < bytes.count && keep(bytes[index]) { index += 1 }
        advance(to: index)
    }

    /// Every move goes through here so that line numbers stay right.
    private mutating func advance(to index: Int) {
        for byte in bytes[position..<index] where byte == ASCII.newline { line += 1 }
        position = index
    }
}

enum ASCII {
    static let newline = UInt8(ascii: "\n")
    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let slash = UInt8(ascii: "/")
    static let exclamation = UInt8(ascii: "!")
    static let question = UInt8(ascii: "?")
    static let equals = UInt8(ascii: "=")
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    static func lowercase(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
