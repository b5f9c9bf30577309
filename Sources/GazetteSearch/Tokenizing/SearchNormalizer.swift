import Foundation

/// The text form both the indexer and the browser script compare: each code point on its own
/// through NFKC and full lowercase, whitespace runs folded to one space, an ideographic or
/// no-break space between two Han characters dropped. Working code point by
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
        // Real gazettes pad Chinese words with ideographic and no-break spaces (林　蓉, 主　　旨);
        // between two Han characters such padding is no word break, so it is dropped.
        var padding = false
        func append(_ scalar: Unicode.Scalar) {
            if padding {
                padding = false
                if !Self.isHan(scalar), let last = output.last, last != Self.space { output.append(Self.space) }
            }
            output.append(scalar)
        }
        for scalar in text.unicodeScalars {
            // CJK ideographs, ASCII lowercase and digits are unchanged by NFKC and lowercasing, and
            // ASCII capitals only lowercased: most of a text, kept off the path that allocates.
            let value = scalar.value
            if (0x4E00...0x9FFF).contains(value) || (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                append(scalar)
                continue
            }
            if (0x41...0x5A).contains(value) {
                append(Unicode.Scalar(value + 0x20)!)
                continue
            }
            if Self.isPadding(scalar), padding || output.last.map(Self.isHan) == true {
                padding = true
                continue
            }
            for mapped in map(scalar) {
                if Self.isSpace(mapped) {
                    padding = false
                    if let last = output.last, last != Self.space { output.append(Self.space) }
                } else {
                    append(mapped)
                }
            }
        }
        if output.last == Self.space { output.removeLast() }
        return output
    }

    /// The spaces that pad Chinese words: ideographic (U+3000) and no-break (U+00A0).
    public static func isPadding(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x3000 || scalar.value == 0xA0
    }

    /// Han characters, after NFKC (which maps the compatibility ideographs onto these).
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x20000...0x3FFFF: true
        default: false
        }
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
