/// One row of a plan's crosswalk or program table: a 類, a 項 or a program.
public struct PlanItem: Sendable, Hashable {
    public var code: ItemCode
    /// The ordinal exactly as printed (`壹、`, `一、`, `(一)`); `nil` when none is printed.
    public var label: String?
    /// The name as printed, without the label.
    public var name: String
    /// The figure printed on this row, in the plan's unit; `nil` when the row has no figure.
    public var amount: Int?
    /// 備考 (crosswalk) or 備註 (program table), as printed.
    public var notes: String?
    /// Program table only: the 計畫目標 / 實施要領 pairs of this program, in printed order.
    public var goals: [Goal]

    public init(code: ItemCode, label: String? = nil, name: String, amount: Int? = nil, notes: String? = nil, goals: [Goal] = []) {
        self.code = code
        self.label = label
        self.name = name
        self.amount = amount
        self.notes = notes
        self.goals = goals
    }

    /// Label and name as the printed plan shows them: `(一)行政業務`.
    public var heading: String { (label ?? "") + name }

    public var depth: Int { code.depth }
}
