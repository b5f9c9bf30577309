import GazetteContent
import GazetteSite

/// Checks every printed total against the sum of its parts, at every level of a table, and the
/// crosswalk's 合計 against its 類. Figures are never corrected: a mismatch is reported at the
/// published figure with the parts that were added, so the editor can compare them with the
/// printed plan.
struct SumCheck {
    /// Past this many parts a message lists the first ones only.
    static let partLimit = 12

    let table: BudgetTable
    let positions: [ItemCode: ItemPosition]
    /// How messages name the table: "crosswalk", "program table".
    let name: String

    func itemTotals() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for item in table.items {
            guard let published = item.amount, let computed = sumOfChildren(item), computed != published,
                  let position = positions[item.code] else { continue }
            diagnostics.append(Diagnostic(
                .sumMismatch(item: item.heading, code: item.code.description, table: name, published: Thousands.format(published),
                             computed: Thousands.format(computed), parts: parts(table.children(of: item.code))),
                at: position.figure))
        }
        return diagnostics
    }

    func grandTotal(published: Int, at location: SourceLocation) -> [Diagnostic] {
        let computed = table.topLevel.map { table.effectiveAmount(of: $0) ?? 0 }.reduce(0, +)
        guard computed != published else { return [] }
        return [Diagnostic(.totalMismatch(published: Thousands.format(published), computed: Thousands.format(computed),
                                          parts: parts(table.topLevel)), at: location)]
    }

    /// `nil` when no child carries a figure: the item is then a leaf total, not checked.
    private func sumOfChildren(_ item: PlanItem) -> Int? {
        let amounts = table.children(of: item.code).map { table.effectiveAmount(of: $0) }
        guard amounts.contains(where: { $0 != nil }) else { return nil }
        return amounts.reduce(0) { $0 + ($1 ?? 0) }
    }

    /// The figures that were added, each with its line; an item printed without a figure is
    /// replaced by the items below it that have one.
    private func parts(_ items: [PlanItem]) -> String {
        let all = items.flatMap(contributions)
        var text = all.prefix(Self.partLimit).joined(separator: " + ")
        if all.count > Self.partLimit { text += " + … (\(all.count - Self.partLimit) more)" }
        return text
    }

    private func contributions(_ item: PlanItem) -> [String] {
        if let amount = item.amount {
            let line = positions[item.code]?.amount.map { " (line \($0.line))" } ?? ""
            return ["\(item.heading) \(Thousands.format(amount))\(line)"]
        }
        if table.effectiveAmount(of: item) != nil {
            return table.children(of: item.code).flatMap(contributions)
        }
        return ["\(item.heading) (no figure, counted as 0)"]
    }
}
