import Foundation

/// The text form both the indexer and the browser script compare: each code point on its own
/// through NFKC and full lowercase, whitespace runs folded to one space. Working code point by
/// code point keeps a map back to the original text, which the script needs to highlight.
/// `Templates/assets/search.js` implements the same rules; change both together.
public struct SearchNormalizer: Sendable {
    /// Foundation's normalisation is slow per call, so results are remembered per scalar.
    private var cache: [UInt32: [Unicode.Scalar]] = [:]

    public init() {}

    public static let space: Unicode.Scalar = " "

    /// Whitespace as both sides define it, listed so that Swift and JavaScript agree exactly.
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// The normalised scalars, with no leading or trailing space.
    public mutating func normalize(_ text: String) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            // CJK ideographs, ASCII lowercase and digits are unchanged by NFKC and lowercasing, and
            // ASCII capitals only lowercased: most of a text, kept off the path that allocates.
            let value = scalar.value
            if (0x4E00...0x9FFF).contains(value) || (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                output.append(scalar)
                continue
            }
            if (0x41...0x5A).contains(value) {
                output.append(Unicode.Scalar(value + 0x20)!)
                continue
            }
            for mapped in map(scalar) {
                if Self.isSpace(mapped) {
                    if let last = output.last, last != Self.space { output.append(Self.space) }
                } else {
                    output.append(mapped)
                }
            }
        }
        if output.last == Self.space { output.removeLast() }
        return output
    }

    public mutating func normalizedString(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: normalize(text))
        return String(result)
    }

    private mutating func map(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let value = scalar.value
        if let known = cache[value] { return known }
        let mapped = Array(String(Character(scalar)).precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars)
        cache[value] = mapped
        return mapped
    }
}
