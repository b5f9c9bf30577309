/// A data table: a roster of persons served, a schedule, a fee table.
public struct Table: Sendable, Hashable {
    public enum Alignment: Sendable, Hashable {
        case none, left, center, right
    }

    public var caption: [Inline]?
    public var alignments: [Alignment]
    /// Columns whose every body cell is a figure: right-aligned with tabular digits.
    public var numericColumns: Set<Int>
    public var header: [[Inline]]
    public var rows: [[[Inline]]]

    public init(caption: [Inline]? = nil, alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.caption = caption
        self.alignments = alignments
        self.header = header
        self.rows = rows
        numericColumns = Set(alignments.indices.filter { column in
            !rows.isEmpty && rows.allSatisfy { row in
                column < row.count && Self.isFigure(row[column].plainText)
            }
        })
    }

    /// An amount, count or percentage: digits with separators, an optional sign or unit mark.
    static func isFigure(_ text: String) -> Bool {
        var digits = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9": digits += 1
            case ",", ".", "%", "-", "+", " ", "$": continue
            default: return false
            }
        }
        return digits > 0
    }
}
