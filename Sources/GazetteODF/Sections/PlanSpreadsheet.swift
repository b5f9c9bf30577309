import Foundation
import GazettePlans
import GazetteSite

/// `/plans/<year>/<agency>/<agency>-<year>-budget.ods`: the crosswalk and the program table as
/// sheets. Amounts are numbers in the plan's unit (named in the header); every printed total is
/// a formula over the figures it adds up, so a spreadsheet recalculates it.
enum PlanSpreadsheet {
    static func make(_ plan: Plan, agencyName: String) throws(PackageError) -> Data {
        let document = SpreadsheetDocument(
            metadata: DocumentMetadata(title: plan.title + "預算", date: PlanTextDocument.date(of: plan),
                                       subject: "施政計畫與預算", creator: agencyName),
            sheets: [crosswalk(plan), programs(plan)])
        return try document.package()
    }

    private static let amountColumnOfCrosswalk = 2
    private static let amountColumnOfPrograms = 4

    /// 類 | 項 | amount | 備考, one row per item in printed order, then 合計.
    private static func crosswalk(_ plan: Plan) -> Sheet {
        let table = plan.crosswalk.table
        let figures = PlanFigures(table: table)
        var rowItems: [PlanItem] = []
        for category in table.topLevel {
            let children = table.children(of: category.code)
            if category.amount != nil || category.notes != nil || children.isEmpty { rowItems.append(category) }
            rowItems += children
        }
        let header = [SheetCell.text("類", style: SpreadsheetStyles.headingCell), .text("項", style: SpreadsheetStyles.headingCell),
                      .text("預算來源及金額：\(plan.crosswalk.budgetSource)（單位：\(plan.unit.rawValue)）", style: SpreadsheetStyles.headingCell),
                      .text("備考", style: SpreadsheetStyles.headingCell)]
        var sheet = Sheet(name: "施政計畫與預算配合對照表", columnWidths: [4, 5, 4.5, 7], headerRows: [header], rows: [])
        let rows = Dictionary(uniqueKeysWithValues: rowItems.enumerated().map { ($1.code, sheet.rowNumber(ofBodyRow: $0)) })
        var shownCategories = Set<ItemCode>()
        for item in rowItems {
            let category = item.code.root
            let categoryCell: SheetCell = shownCategories.insert(category).inserted
                ? .text(table.item(category)?.heading ?? "") : .empty
            sheet.rows.append([
                categoryCell,
                item.depth == 1 ? .empty : .text(item.heading),
                figures.cell(for: item, rows: rows, column: amountColumnOfCrosswalk, style: SpreadsheetStyles.amountCell) ?? .empty,
                item.notes.map { .text($0) } ?? .empty,
            ])
        }
        sheet.rows.append([
            .text("合計", style: SpreadsheetStyles.totalLabelCell), .empty,
            PlanFigures.sum(of: figures.totalContributors, rows: rows, column: amountColumnOfCrosswalk,
                            value: plan.crosswalk.total, style: SpreadsheetStyles.totalAmountCell),
            .empty,
        ])
        return sheet
    }

    /// 代碼 | 計畫名稱 | 計畫目標 | 實施要領 | amount | 備註: one row per goal (at least one per
    /// program); the program's name, figure and notes stand on its first row.
    private static func programs(_ plan: Plan) -> Sheet {
        let table = plan.programs
        let figures = PlanFigures(table: table)
        let header = ["代碼", "計畫名稱", "計畫目標", "實施要領", "預算來源及金額（單位：\(plan.unit.rawValue)）", "備註"]
            .map { SheetCell.text($0, style: SpreadsheetStyles.headingCell) }
        var sheet = Sheet(name: "施政計畫", columnWidths: [1.6, 5.5, 4.5, 11, 3.5, 4], headerRows: [header], rows: [])
        var rows: [ItemCode: Int] = [:]
        var next = sheet.rowNumber(ofBodyRow: 0)
        for item in table.items {
            rows[item.code] = next
            next += max(item.goals.count, 1)
        }
        for item in table.items {
            let goals: [Goal?] = item.goals.isEmpty ? [nil] : item.goals
            for (index, goal) in goals.enumerated() {
                let first = index == 0
                sheet.rows.append([
                    first ? .text(item.code.description) : .empty,
                    first ? .text(item.heading, style: SpreadsheetStyles.textCell(depth: item.depth)) : .empty,
                    goal.map { .text($0.heading) } ?? .empty,
                    goal.map { .text(points($0.points), style: SpreadsheetStyles.textCell) } ?? .empty,
                    first ? figures.cell(for: item, rows: rows, column: amountColumnOfPrograms, style: SpreadsheetStyles.amountCell) ?? .empty : .empty,
                    first ? item.notes.map { .text($0) } ?? .empty : .empty,
                ])
            }
        }
        return sheet
    }

    /// The 實施要領 cell, one line per point, numbered as printed.
    static func points(_ points: ImplementationPoints) -> [String] {
        switch points {
        case .numbered(let texts): return texts.enumerated().map { "\($0 + 1).\($1)" }
        case .paragraph(let text): return [text]
        }
    }
}
