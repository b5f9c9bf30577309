import GazetteSite

/// The crosswalk's budget lines as CSV: every row whose figure is not a sum of other rows, so
/// that the amounts add up to 合計 without counting anything twice.
public struct BudgetLines: Sendable {
    public static let fileName = "budget.csv"
    public static let header = [
        "year", "roc_year", "agency_code", "agency_name", "category_code", "category_label", "category_name",
        "item_code", "item_label", "item_name", "amount", "unit", "currency", "notes",
    ]

    public let plan: Plan
    public let agencyName: String

    public init(plan: Plan, agencyName: String) {
        self.plan = plan
        self.agencyName = agencyName
    }

    public var rows: [[String]] {
        let table = plan.crosswalk.table
        return table.budgetLines.map { line in
            let category = line.depth == 1 ? line : table.item(line.code.root) ?? line
            let item: PlanItem? = line.depth == 1 ? nil : line
            return [
                String(plan.year), String(plan.rocYear), plan.agency, agencyName,
                category.code.description, category.label ?? "", category.name,
                item?.code.description ?? "", item?.label ?? "", item?.name ?? "",
                line.amount.map(String.init) ?? "", plan.unit.rawValue, plan.currency, line.notes ?? "",
            ]
        }
    }

    public var csv: String { CSVTable(header: Self.header, rows: rows).serialized }
}
