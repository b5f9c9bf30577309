/// The dotted code that places an item in its table: `"1"` is a 類, `"1.1"` one of its
/// children, `"1.1.5"` a child of that. Codes identify items; what is printed is the label.
public struct ItemCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The positive integers of the code, outermost first: `[1, 1, 5]` for `"1.1.5"`.
    public let segments: [Int]

    /// Parses a code written as positive integers without leading zeros joined by `.`;
    /// `nil` for anything else (`"01"`, `"1."`, `"1..2"`, `"a"`).
    public init?(_ text: String) {
        var segments: [Int] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            guard let first = part.utf8.first, (49...57).contains(first), part.utf8.allSatisfy({ (48...57).contains($0) }),
                  part.utf8.count <= 9, let value = Int(part) else { return nil }
            segments.append(value)
        }
        guard !segments.isEmpty else { return nil }
        self.segments = segments
    }

    /// 1 for a top-level item (a 類), 2 for its children, and so on.
    public var depth: Int { segments.count }

    /// The code without its last segment; `nil` at the top level.
    public var parent: ItemCode? {
        segments.count > 1 ? ItemCode(segments: Array(segments.dropLast())) : nil
    }

    /// The top-level code this item belongs to: `"1"` for `"1.1.5"`.
    public var root: ItemCode { ItemCode(segments: [segments[0]]) }

    public var description: String { segments.map(String.init).joined(separator: ".") }

    public static func < (lhs: ItemCode, rhs: ItemCode) -> Bool {
        lhs.segments.lexicographicallyPrecedes(rhs.segments)
    }

    private init(segments: [Int]) {
        self.segments = segments
    }
}
