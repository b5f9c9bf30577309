import Foundation
import GazetteContent
import GazettePlans
import GazetteSite

/// `/plans/<year>/<agency>/<agency>-<year>.odt`: the plan as printed: the summary with its
/// Chinese ordinals, the crosswalk table with 合計, and the program table on landscape pages.
enum PlanTextDocument {
    static func make(_ plan: Plan, agencyName: String) throws(PackageError) -> Data {
        var document = TextDocument(metadata: DocumentMetadata(
            title: plan.title, date: date(of: plan), subject: "施政計畫", creator: agencyName))
        let unit = "（單位：新臺幣\(plan.unit.rawValue)）"
        document.paragraph(plan.title, style: StyleName.title)
        document.paragraph("\(agencyName)｜民國\(plan.rocYear)年度（\(plan.year)年）", style: StyleName.subtitle)

        document.heading(plan.summaryTitle, level: 1)
        document.body.list(plan.summary, listStyle: StyleName.chineseNumberedList, paragraphStyle: StyleName.textBody)

        document.heading(plan.crosswalkTitle, level: 1)
        document.paragraph(unit, style: StyleName.tableCaption)
        document.table(crosswalk(plan))

        document.heading(plan.title, level: 1, start: .newPageStyle(TextStyles.landscapeMasterPage))
        document.paragraph(unit, style: StyleName.tableCaption)
        document.table(programs(plan))
        return try document.package()
    }

    /// A plan is dated by its year, 1 January: it has no publication date of its own, and the
    /// date must come from the content, never from the build.
    static func date(of plan: Plan) -> CivilDate {
        guard let date = CivilDate(year: min(max(plan.year, 1), 9_999), month: 1, day: 1) else {
            preconditionFailure("every year from 1 to 9999 has a 1 January")
        }
        return date
    }

    private static func crosswalk(_ plan: Plan) -> TextTable {
        let table = plan.crosswalk.table
        var rows: [[TextTable.Cell]] = []
        for category in table.topLevel {
            let children = table.children(of: category.code)
            var categoryShown = false
            if category.amount != nil || category.notes != nil || children.isEmpty {
                rows.append([.text(category.heading), .empty, amount(category.amount), .text(category.notes ?? "")])
                categoryShown = true
            }
            for child in children {
                rows.append([categoryShown ? .empty : .text(category.heading), .text(child.heading),
                             amount(child.amount), .text(child.notes ?? "")])
                categoryShown = true
            }
        }
        rows.append([.text("合計", spanning: 2, style: StyleName.tableHeading), amount(plan.crosswalk.total), .empty])
        return TextTable(columnWidths: [3, 4, 3, 5], headerRows: [
            ["類", "項", "預算來源及金額：\(plan.crosswalk.budgetSource)", "備考"].map { .text($0) },
        ], rows: rows)
    }

    private static func programs(_ plan: Plan) -> TextTable {
        var rows: [[TextTable.Cell]] = []
        for item in plan.programs.items {
            let goals: [Goal?] = item.goals.isEmpty ? [nil] : item.goals
            for (index, goal) in goals.enumerated() {
                let first = index == 0
                rows.append([
                    first ? .text(item.heading, style: StyleName.tableContents(depth: item.depth)) : .empty,
                    goal.map { .text($0.heading) } ?? .empty,
                    goal.map(points) ?? .empty,
                    first ? amount(item.amount) : .empty,
                    first ? .text(item.notes ?? "") : .empty,
                ])
            }
        }
        return TextTable(columnWidths: [5, 4, 10, 3, 3], width: TextStyles.landscapeTextWidth, headerRows: [
            ["計畫名稱", "計畫目標", "實施要領", "預算來源及金額", "備註"].map { .text($0) },
        ], rows: rows)
    }

    private static func points(_ goal: Goal) -> TextTable.Cell {
        switch goal.points {
        case .numbered(let texts): return TextTable.Cell(content: .numbered(texts))
        case .paragraph(let text): return .text(text)
        }
    }

    private static func amount(_ value: Int?) -> TextTable.Cell {
        .text(value.map(Thousands.format) ?? "", figure: true)
    }
}
