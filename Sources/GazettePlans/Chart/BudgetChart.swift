import GazetteSite

/// How a plan's budget splits across its 類, as a horizontal bar chart drawn at build time in
/// SVG (no script needed to see it), with the same figures as text.
public struct BudgetChart: Sendable {
    public struct Bar: Sendable, Hashable {
        public var heading: String
        public var amount: Int
        /// Share of the total in tenths of a percent, rounded: 84 is 8.4%.
        public var shareTenths: Int

        /// `8.4%`.
        public var share: String { "\(shareTenths / 10).\(shareTenths % 10)%" }
    }

    public let bars: [Bar]
    public let total: Int
    public let unit: AmountUnit

    /// The crosswalk's 類 that carry a figure, in printed order, against 合計.
    public init(plan: Plan) {
        let table = plan.crosswalk.table
        let total = plan.crosswalk.total
        bars = table.topLevel.compactMap { item in
            guard let amount = table.effectiveAmount(of: item) else { return nil }
            let tenths = total > 0 ? (amount * 1000 + total / 2) / total : 0
            return Bar(heading: item.heading, amount: amount, shareTenths: tenths)
        }
        self.total = total
        unit = plan.unit
    }

    /// One sentence stating every figure of the chart: its text alternative.
    public var textAlternative: String {
        let parts = bars.map { "\($0.heading)\(Thousands.format($0.amount))\(unit.rawValue)（\($0.share)）" }
        return "合計\(Thousands.format(total))\(unit.rawValue)：" + parts.joined(separator: "；") + "。"
    }

    static let width = 720
    static let rowHeight = 34
    static let barHeight = 22
    static let fontSize = 15
    static let valueSpace = 150

    /// Inline SVG whose accessible name (`<title>`) states every figure.
    public func svg(id: String) -> String {
        let labelWidth = (bars.map { Self.textWidth($0.heading) }.max() ?? 0) + 12
        let barSpace = Self.width - labelWidth - Self.valueSpace
        let largest = max(bars.map(\.amount).max() ?? 0, 1)
        let height = bars.count * Self.rowHeight + 8
        let titleID = XMLText.escape(id + "-title")
        var svg = "<svg class=\"budget-chart-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.width) \(height)\" "
            + "role=\"img\" aria-labelledby=\"\(titleID)\">"
        svg += "<title id=\"\(titleID)\">\(XMLText.escape("各類預算金額長條圖，" + textAlternative))</title>"
        svg += "<g font-size=\"\(Self.fontSize)\" fill=\"#1a1a1a\">"
        for (row, bar) in bars.enumerated() {
            let top = 4 + row * Self.rowHeight
            let middle = top + Self.rowHeight / 2
            let barTop = top + (Self.rowHeight - Self.barHeight) / 2
            let tenths = bar.amount * barSpace * 10 / largest
            let barWidth = "\(tenths / 10).\(tenths % 10)"
            let valueX = "\((labelWidth * 10 + tenths) / 10 + 6)"
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(middle)\" text-anchor=\"end\" dominant-baseline=\"central\">\(XMLText.escape(bar.heading))</text>"
            svg += "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(barTop)\" width=\"\(barWidth)\" height=\"\(Self.barHeight)\" fill=\"#0b4f8a\"/>"
            svg += "<text x=\"\(valueX)\" y=\"\(middle)\" dominant-baseline=\"central\">\(Thousands.format(bar.amount))（\(bar.share)）</text>"
        }
        svg += "</g></svg>"
        return svg
    }

    /// An estimate good enough to lay labels out: CJK characters are a full em, Latin about half.
    private static func textWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? fontSize * 6 / 10 : fontSize) }
    }
}
