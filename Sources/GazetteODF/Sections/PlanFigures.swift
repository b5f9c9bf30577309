import GazettePlans
import GazetteSite

/// How a plan table's printed figures relate: which cells a total adds up. A printed figure
/// whose children carry figures is their sum (the loader has checked it), so a spreadsheet
/// writes it as a formula over those cells; an item printed without a figure passes its
/// children's up to its parent.
struct PlanFigures {
    let table: BudgetTable

    /// The items whose own cells add up to `item`'s figure: each child with a printed figure,
    /// and for a child without one, the same again below it.
    func contributors(of item: PlanItem) -> [PlanItem] {
        contributors(among: table.children(of: item.code))
    }

    /// The items whose cells add up to the table's total (合計).
    var totalContributors: [PlanItem] { contributors(among: table.topLevel) }

    private func contributors(among items: [PlanItem]) -> [PlanItem] {
        items.flatMap { item in item.amount != nil ? [item] : contributors(of: item) }
    }

    /// The cell of a printed figure: a formula over its contributors' cells when it is their sum,
    /// the number itself otherwise; `nil` when nothing is printed.
    func cell(for item: PlanItem, rows: [ItemCode: Int], column: Int, style: String) -> SheetCell? {
        guard let amount = item.amount else { return nil }
        let parts = contributors(of: item)
        guard !parts.isEmpty else { return .number(Double(amount), shown: Thousands.format(amount), style: style) }
        return Self.sum(of: parts, rows: rows, column: column, value: amount, style: style)
    }

    static func sum(of items: [PlanItem], rows: [ItemCode: Int], column: Int, value: Int, style: String) -> SheetCell {
        let references = items.compactMap { rows[$0.code] }.map { Sheet.reference(column: column, row: $0) }
        return .formula("of:=SUM(\(references.joined(separator: ";")))", value: Double(value),
                        shown: Thousands.format(value), style: style)
    }
}
