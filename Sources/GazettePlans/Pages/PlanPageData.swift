import GazetteSite

/// A plan as the plan template reads it. Every row sets every key it uses (`false` when
/// absent) so that a Mustache lookup never falls through to an outer row's value.
struct PlanPageData {
    let plan: Plan
    let agencyName: String
    let openData: [OpenDataFile]

    var templateData: [String: Any] {
        let chart = BudgetChart(plan: plan)
        return [
            "title": plan.title,
            "agencyName": agencyName,
            "rocYear": plan.rocYear,
            "year": plan.year,
            "unit": plan.unit.rawValue,
            "currency": plan.currency,
            "summaryTitle": plan.summaryTitle,
            "crosswalkTitle": plan.crosswalkTitle,
            "budgetSource": plan.crosswalk.budgetSource,
            "summary": plan.summary.enumerated().map { ["ordinal": ChineseNumeral.ordinal($0 + 1), "text": $1] },
            "crosswalkGroups": crosswalkGroups,
            "total": Thousands.format(plan.crosswalk.total),
            "programGroups": programGroups,
            "chart": chart.svg(id: "budget-chart"),
            "chartBars": chart.bars.map { ["heading": $0.heading, "amount": Thousands.format($0.amount), "share": $0.share] },
            "openData": openData.map(\.templateData),
        ]
    }

    /// One row group per 類; the 類 heads its group, spanning the rows of its 項.
    private var crosswalkGroups: [[String: Any]] {
        let table = plan.crosswalk.table
        return table.topLevel.map { category in
            let children = table.children(of: category.code)
            let ownRow = category.amount != nil || category.notes != nil || children.isEmpty
            var rows: [[String: Any]] = []
            if ownRow { rows.append(crosswalkRow(category, heading: nil)) }
            rows += children.map { crosswalkRow($0, heading: $0.heading) }
            rows[0]["category"] = ["heading": category.heading, "rowspan": rows.count]
            return ["rows": rows]
        }
    }

    private func crosswalkRow(_ item: PlanItem, heading: String?) -> [String: Any] {
        [
            "category": false,
            "item": heading.map { ["heading": $0] } ?? false,
            "amount": item.amount.map(Thousands.format) ?? "",
            "notes": item.notes ?? "",
        ]
    }

    /// One row group per 類; a program spans the rows of its goals.
    private var programGroups: [[String: Any]] {
        var groups: [[[String: Any]]] = []
        for item in plan.programs.items {
            if item.depth == 1 { groups.append([]) }
            groups[groups.count - 1] += programRows(item)
        }
        return groups.map { ["rows": $0] }
    }

    private func programRows(_ item: PlanItem) -> [[String: Any]] {
        let program: [String: Any] = [
            "heading": item.heading, "depth": min(item.depth, 4), "rowspan": max(item.goals.count, 1),
            "amount": item.amount.map(Thousands.format) ?? "", "notes": item.notes ?? "",
        ]
        guard !item.goals.isEmpty else { return [["program": program, "goal": false]] }
        return item.goals.enumerated().map { position, goal in
            ["program": position == 0 ? program : false, "goal": goalData(goal)]
        }
    }

    private func goalData(_ goal: Goal) -> [String: Any] {
        switch goal.points {
        case .numbered(let points):
            let list = points.enumerated().map { ["ordinal": "\($0 + 1).", "text": $1] }
            return ["heading": goal.heading, "hasList": true, "points": list, "paragraph": false]
        case .paragraph(let text):
            return ["heading": goal.heading, "hasList": false, "points": [[String: Any]](), "paragraph": text]
        }
    }
}
