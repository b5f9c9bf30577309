/// Sorted document numbers written compactly as JSON-safe text. Gaps go in base 32 with a
/// continuation alphabet, so a dense list costs one character a document; a list that would
/// be longer than a bitmap of all documents is written as that bitmap, six documents a
/// character, after a `~`.
public enum PostingCode {
    static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".utf8)

    public static func encode(_ ids: [Int], documentCount: Int) -> String {
        var gaps: [UInt8] = []
        gaps.reserveCapacity(ids.count * 2)
        var previous = -1
        for id in ids {
            appendNumber(id - previous - 1, to: &gaps)
            previous = id
        }
        let bitmapLength = 1 + (documentCount + 5) / 6
        guard gaps.count > bitmapLength else { return String(decoding: gaps, as: UTF8.self) }
        var bitmap = [UInt8](repeating: 0, count: bitmapLength)
        bitmap[0] = UInt8(ascii: "~")
        for id in ids { bitmap[1 + id / 6] |= 1 << (id % 6) }
        for index in 1..<bitmapLength { bitmap[index] = alphabet[Int(bitmap[index])] }
        return String(decoding: bitmap, as: UTF8.self)
    }

    /// The inverse of `encode`, to patch the previous build's shards (the script has its own);
    /// `nil` for anything `encode` could not have written for this many documents, so that a
    /// damaged file is noticed rather than patched.
    public static func decode(_ text: String, documentCount: Int) -> [Int]? {
        var ids: [Int] = []
        if text.utf8.first == UInt8(ascii: "~") {
            guard text.utf8.count == 1 + (documentCount + 5) / 6 else { return nil }
            for (position, byte) in text.utf8.dropFirst().enumerated() {
                guard let value = value(of: byte) else { return nil }
                for bit in 0..<6 where value & (1 << bit) != 0 { ids.append(position * 6 + bit) }
            }
        } else {
            var previous = -1
            var number = 0
            var continued = false
            for byte in text.utf8 {
                guard let value = value(of: byte), number <= documentCount else { return nil }
                continued = value >= 32
                number = number * 32 + (continued ? value - 32 : value)
                if !continued {
                    previous += number + 1
                    ids.append(previous)
                    number = 0
                }
            }
            if continued { return nil }
        }
        return (ids.last ?? -1) < documentCount ? ids : nil
    }

    /// Each alphabet character's value by ASCII code, -1 for the rest: decoding a shard of the
    /// previous build reads tens of thousands of characters.
    private static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (value, byte) in alphabet.enumerated() { table[Int(byte)] = Int8(value) }
        return table
    }()

    private static func value(of byte: UInt8) -> Int? {
        guard byte < 128, values[Int(byte)] >= 0 else { return nil }
        return Int(values[Int(byte)])
    }

    /// Base 32, most significant digit first; every digit but the last is marked as continued.
    private static func appendNumber(_ value: Int, to output: inout [UInt8]) {
        var shift = 0
        while value >> (shift + 5) > 0 { shift += 5 }
        while shift > 0 {
            output.append(alphabet[((value >> shift) & 31) + 32])
            shift -= 5
        }
        output.append(alphabet[value & 31])
    }
}
