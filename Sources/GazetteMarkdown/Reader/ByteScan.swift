#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether a text holds a byte, by memchr over its UTF-8: asking every paragraph of 10,000
/// bodies "any pipe?" byte by byte through the UTF-8 view cost more than reading the tables.
enum ByteScan {
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        } ?? text.utf8.contains(byte)
    }
}
