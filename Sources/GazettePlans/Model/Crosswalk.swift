/// 施政計畫與預算配合對照表: 類 (depth 1) and 項 (depth 2) rows with amounts, and 合計.
public struct Crosswalk: Sendable, Hashable {
    /// The sub-heading under 預算來源及金額, e.g. 主要預算.
    public var budgetSource: String
    /// 合計 as printed.
    public var total: Int
    public var table: BudgetTable

    public init(budgetSource: String, total: Int, table: BudgetTable) {
        self.budgetSource = budgetSource
        self.total = total
        self.table = table
    }
}
