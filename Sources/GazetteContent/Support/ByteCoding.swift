import Foundation

/// Appends integers and strings to a byte buffer, for the build cache: a flat binary format
/// reads 60,000 entries in milliseconds, where JSON decoding took most of a second.
public struct ByteWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ number: Int) { write(UInt64(bitPattern: Int64(number))) }

    public mutating func write(_ text: String) {
        write(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    public mutating func write(_ data: [UInt8]) {
        write(data.count)
        bytes.append(contentsOf: data)
    }
}

/// Reads what `ByteWriter` wrote; any read past the end or of an impossible length throws,
/// so a truncated or corrupt cache is detected instead of trusted.
public struct ByteReader {
    public struct Corrupt: Error {
        public init() {}
    }

    private let bytes: [UInt8]
    private var offset = 0

    public init(_ bytes: [UInt8], at offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    public var position: Int { offset }

    public mutating func skip(_ count: Int) throws(Corrupt) {
        guard count <= bytes.count - offset else { throw Corrupt() }
        offset += count
    }

    public var isAtEnd: Bool { offset == bytes.count }

    public var remaining: Int { bytes.count - offset }

    public mutating func uint64() throws(Corrupt) -> UInt64 {
        guard offset + 8 <= bytes.count else { throw Corrupt() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        offset += 8
        return value
    }

    public mutating func int() throws(Corrupt) -> Int {
        let value = Int(Int64(bitPattern: try uint64()))
        guard value >= 0 else { throw Corrupt() }
        return value
    }

    public mutating func string() throws(Corrupt) -> String {
        let slice = try byteSlice()
        guard let text = String(validating: slice, as: UTF8.self) else { throw Corrupt() }
        return text
    }

    public mutating func data() throws(Corrupt) -> [UInt8] { Array(try byteSlice()) }

    private mutating func byteSlice() throws(Corrupt) -> ArraySlice<UInt8> {
        let count = try int()
        guard count <= bytes.count - offset else { throw Corrupt() }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }
}
