@testable import GazetteODF
import GazettePlans
import Testing

struct PlanFiguresTests {
    private func item(_ code: String, _ amount: Int? = nil) -> PlanItem {
        PlanItem(code: ItemCode(code)!, name: code, amount: amount)
    }

    /// 1 carries 1,000 printed; 1.1 has no figure, so its children add up to 1; 2 is a leaf total.
    @Test func totalsAddTheFiguresBelowThroughUnprintedItems() {
        let table = BudgetTable(items: [item("1", 1_000), item("1.1"), item("1.1.1", 940), item("1.1.2", 60), item("2", 300)])
        let figures = PlanFigures(table: table)
        #expect(figures.contributors(of: table.items[0]).map(\.code.description) == ["1.1.1", "1.1.2"])
        #expect(figures.totalContributors.map(\.code.description) == ["1", "2"])
        let rows = Dictionary(uniqueKeysWithValues: table.items.enumerated().map { ($1.code, $0 + 2) })
        guard case .formula(let formula, let value, let shown, _)? = figures.cell(for: table.items[0], rows: rows, column: 2, style: "A") else {
            Issue.record("a printed total is not a formula")
            return
        }
        #expect(formula == "of:=SUM([.C4];[.C5])" && value == 1_000 && shown == "1,000")
        guard case .number(300, "300", _)? = figures.cell(for: table.items[4], rows: rows, column: 2, style: "A") else {
            Issue.record("a leaf figure is not a number")
            return
        }
        #expect(figures.cell(for: table.items[1], rows: rows, column: 2, style: "A") == nil)
    }
}
