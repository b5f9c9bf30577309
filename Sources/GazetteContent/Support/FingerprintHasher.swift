import Foundation

/// FNV-1a, 64 bits: stable across runs and machines (unlike Swift's Hasher), for cache keys.
public struct FingerprintHasher: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            state ^= UInt64(byte)
            state &*= 0x0000_0100_0000_01B3
        }
        // A separator keeps ("ab", "c") and ("a", "bc") apart.
        state ^= 0xFF
        state &*= 0x0000_0100_0000_01B3
    }

    public mutating func combine(_ text: String) { combine(text.utf8) }

    public mutating func combine(_ bytes: UnsafeRawBufferPointer) { combine(bytes.bindMemory(to: UInt8.self)) }

    public mutating func combine(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { combine($0) }
    }

    public mutating func combine(_ number: Int) { combine(UInt64(bitPattern: Int64(number))) }

    public var value: UInt64 { state }

    public var hexDigest: String {
        let hex = String(state, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
