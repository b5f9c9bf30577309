import Foundation

/// Turns an editor's file into text: UTF-8 only, byte-order mark and CRLF line ends tolerated.
public enum SourceText {
    public static func decode(_ data: Data, path: String) -> Result<String, Diagnostic> {
        decode([UInt8](data), path: path)
    }

    public static func decode(_ data: [UInt8], path: String) -> Result<String, Diagnostic> {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // The standard library's validation is vectorised; the byte walk only finds where it failed.
        let validated = String(validating: bytes, as: UTF8.self)
        if validated == nil, let offset = firstInvalidUTF8Offset(bytes) {
            return .failure(Diagnostic(.notUTF8, at: location(ofByte: offset, in: bytes, path: path)))
        }
        var text = validated ?? String(decoding: bytes, as: UTF8.self)
        // A byte search: String.contains goes through Foundation's locale-aware search, slow on 10,000 files.
        if bytes.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(text)
    }

    public static func read(_ url: URL, path: String) -> Result<String, Diagnostic> {
        do {
            return decode(try Data(contentsOf: url), path: path)
        } catch {
            return .failure(Diagnostic(.custom("cannot read file: \(error.localizedDescription)"), at: SourceLocation(path: path)))
        }
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for k in 1..<length where bytes[index + k] & 0xC0 != 0x80 { return index }
            if length == 3 {
                let second = bytes[index + 1]
                if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) { return index }
            } else if length == 4 {
                let second = bytes[index + 1]
                if (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F) { return index }
            }
            index += length
        }
        return nil
    }

    static func location(ofByte offset: Int, in bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(path: path, line: line, column: column)
    }
}
