/// Two neighbouring characters, held as code points: indexing 10,000 notices makes millions of
/// them, and a pair of integers hashes and compares far faster than a String.
public struct Bigram: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let first: Unicode.Scalar
    public let second: Unicode.Scalar

    public init(_ first: Unicode.Scalar, _ second: Unicode.Scalar) {
        self.first = first
        self.second = second
    }

    /// From a two-character literal, as tests and callers write pairs.
    public init(stringLiteral text: String) {
        let scalars = Array(text.unicodeScalars)
        precondition(scalars.count == 2, "a bigram is exactly two characters: \(text)")
        self.init(scalars[0], scalars[1])
    }

    /// The pair as written in the index files.
    public var text: String {
        var view = String.UnicodeScalarView()
        view.append(first)
        view.append(second)
        return String(view)
    }

    public var description: String { text }

    /// Code point order, the order of bigrams in a shard file.
    public static func < (lhs: Bigram, rhs: Bigram) -> Bool {
        (lhs.first.value, lhs.second.value) < (rhs.first.value, rhs.second.value)
    }
}
