import GazetteSite

/// Reads back exactly what `JSONValue` writes for the search files (objects, arrays and strings,
/// no spaces), to patch the previous build's shards. Anything else gives `nil`: a file that is not
/// as a build left it makes the caller index everything again rather than trust it.
struct JSONReader {
    private let bytes: [UInt8]
    private var offset = 0

    static func value(of bytes: [UInt8]) -> JSONValue? {
        var reader = JSONReader(bytes: bytes)
        guard let value = reader.value(), reader.offset == bytes.count else { return nil }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func value() -> JSONValue? {
        if take("\"") { return string().map(JSONValue.string) }
        if take("[") {
            var values: [JSONValue] = []
            if take("]") { return .array(values) }
            repeat {
                guard let value = value() else { return nil }
                values.append(value)
            } while take(",")
            return take("]") ? .array(values) : nil
        }
        if take("{") {
            var members: [(String, JSONValue)] = []
            if take("}") { return .object(members) }
            repeat {
                guard take("\""), let key = string(), take(":"), let value = value() else { return nil }
                members.append((key, value))
            } while take(",")
            return take("}") ? .object(members) : nil
        }
        return nil
    }

    private mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: character) else { return false }
        offset += 1
        return true
    }

    /// The rest of a string whose opening quote has been taken.
    private mutating func string() -> String? {
        var utf8: [UInt8] = []
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(validating: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard offset < bytes.count else { return nil }
                let escape = bytes[offset]
                offset += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): utf8.append(escape)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = escapedScalar() else { return nil }
                    utf8.append(contentsOf: String(scalar).utf8)
                default: return nil
                }
            case 0..<0x20:
                return nil
            default:
                utf8.append(byte)
            }
        }
        return nil
    }

    /// The four hex digits after `\u`; a surrogate is no scalar, and `JSONValue` never writes one.
    private mutating func escapedScalar() -> Unicode.Scalar? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[offset..<(offset + 4)] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value * 16 + UInt32(digit)
        }
        offset += 4
        return Unicode.Scalar(value)
    }
}
