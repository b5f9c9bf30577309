/// A JSON document written by hand so that key order is fixed (byte-identical output) and
/// `<`, `>`, `&`, U+2028 and U+2029 are escaped: no content can end a script element.
public indirect enum JSONValue: Sendable, Hashable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    /// Keys are written in the order given.
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized == rhs.serialized }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized) }

    public var serialized: String {
        var output = ""
        write(to: &output)
        return output
    }

    public func write(to output: inout String) {
        switch self {
        case .string(let text): Self.writeString(text, to: &output)
        case .number(let value): output += String(value)
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        case .array(let values):
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                value.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                Self.writeString(key, to: &output)
                output += ":"
                value.write(to: &output)
            }
            output += "}"
        }
    }

    public static func writeString(_ text: String, to output: inout String) {
        output += "\""
        // Most strings need no escape at all: one pass over the bytes, then one append.
        guard text.utf8.contains(where: needsCare) else {
            output += text
            output += "\""
            return
        }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 32)
        var bytes = text.utf8.makeIterator()
        var lineSeparatorLead = 0
        while let byte = bytes.next() {
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; any other E2 sequence is copied as it is.
            if lineSeparatorLead == 2, byte == 0xA8 || byte == 0xA9 {
                escaped.removeLast(2)
                escaped.append(contentsOf: (byte == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                lineSeparatorLead = 0
                continue
            }
            lineSeparatorLead = byte == 0xE2 ? 1 : (lineSeparatorLead == 1 && byte == 0x80 ? 2 : 0)
            switch byte {
            case UInt8(ascii: "\""): escaped.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): escaped.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): escaped.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): escaped.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): escaped.append(contentsOf: "\\t".utf8)
            case UInt8(ascii: "<"): escaped.append(contentsOf: "\\u003c".utf8)
            case UInt8(ascii: ">"): escaped.append(contentsOf: "\\u003e".utf8)
            case UInt8(ascii: "&"): escaped.append(contentsOf: "\\u0026".utf8)
            case 0..<0x20:
                escaped.append(contentsOf: "\\u00".utf8)
                escaped.append(hexDigits[Int(byte >> 4)])
                escaped.append(hexDigits[Int(byte & 15)])
            default: escaped.append(byte)
            }
        }
        output += String(decoding: escaped, as: UTF8.self)
        output += "\""
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Bytes that may start something to escape; 0xE2 leads U+2028 and U+2029 (and harmless others).
    private static func needsCare(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == 0xE2
    }
}
