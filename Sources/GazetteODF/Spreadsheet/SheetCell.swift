/// One cell of a sheet: text, a number, or a formula whose cached value is the published figure.
enum SheetCell {
    case empty
    /// One paragraph per line.
    case text([String], style: String)
    case number(Double, shown: String, style: String)
    /// An OpenFormula expression (`of:=SUM([.C3];[.C5])`); `value` is what it evaluates to, kept so
    /// that readers which do not recalculate still show the figure.
    case formula(String, value: Double, shown: String, style: String)

    static func text(_ text: String, style: String = SpreadsheetStyles.textCell) -> SheetCell {
        .text([text], style: style)
    }

    func append(to xml: inout String) {
        switch self {
        case .empty:
            xml += "<table:table-cell/>"
        case .text(let lines, let style):
            xml += "<table:table-cell table:style-name=\"\(style)\" office:value-type=\"string\">"
            for line in lines { xml += "<text:p>\(ODFText.escape(line))</text:p>" }
            xml += "</table:table-cell>"
        case .number(let value, let shown, let style):
            xml += "<table:table-cell table:style-name=\"\(style)\" office:value-type=\"float\" office:value=\"\(Self.format(value))\">"
                + "<text:p>\(ODFText.escape(shown))</text:p></table:table-cell>"
        case .formula(let formula, let value, let shown, let style):
            xml += "<table:table-cell table:style-name=\"\(style)\" table:formula=\"\(ODFText.escape(formula))\""
                + " office:value-type=\"float\" office:value=\"\(Self.format(value))\"><text:p>\(ODFText.escape(shown))</text:p></table:table-cell>"
        }
    }

    /// Whole numbers without a decimal point, as xsd:double allows and spreadsheets write them.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
