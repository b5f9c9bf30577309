/// Sorted document numbers written compactly as JSON-safe text. Gaps go in base 32 with a
/// continuation alphabet, so a dense list costs one character a document; a list that would
/// be longer than a bitmap of all documents is written as that bitmap, six documents a
/// character, after a `~`.
public enum PostingCode {
    static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_")

    public static func encode(_ ids: [Int], documentCount: Int) -> String {
        var gaps: [Character] = []
        var previous = -1
        for id in ids {
            appendNumber(id - previous - 1, to: &gaps)
            previous = id
        }
        let bitmapLength = 1 + (documentCount + 5) / 6
        guard gaps.count > bitmapLength else { return String(gaps) }
        var bits = [Int](repeating: 0, count: bitmapLength - 1)
        for id in ids { bits[id / 6] |= 1 << (id % 6) }
        return "~" + String(bits.map { alphabet[$0] })
    }

    /// The inverse of `encode`, for tests; the script has its own.
    public static func decode(_ text: String) -> [Int] {
        let characters = Array(text)
        var ids: [Int] = []
        if characters.first == "~" {
            for (position, character) in characters.dropFirst().enumerated() {
                let value = alphabet.firstIndex(of: character)!
                for bit in 0..<6 where value & (1 << bit) != 0 { ids.append(position * 6 + bit) }
            }
            return ids
        }
        var previous = -1
        var number = 0
        for character in characters {
            let value = alphabet.firstIndex(of: character)!
            if value >= 32 {
                number = number * 32 + (value - 32)
            } else {
                number = number * 32 + value
                previous += number + 1
                ids.append(previous)
                number = 0
            }
        }
        return ids
    }

    private static func appendNumber(_ value: Int, to output: inout [Character]) {
        var digits = [value % 32]
        var rest = value / 32
        while rest > 0 {
            digits.append(rest % 32)
            rest /= 32
        }
        for (position, digit) in digits.reversed().enumerated() {
            output.append(alphabet[position == digits.count - 1 ? digit : digit + 32])
        }
    }
}
