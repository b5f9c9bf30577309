import GazetteContent
import GazetteSite

/// A plan's budget lines as one dataset of the national open-data catalogue: the CSV and its
/// Fiscal Data Package beside the plan's page.
enum PlanDataset {
    static func dataset(_ plan: Plan) -> OpenDataset {
        let segments = SiteURLs.plan(plan)
        return OpenDataset(
            identifier: "plan-\(plan.rocYear)-\(plan.agency)", title: plan.crosswalkTitle,
            description: "\(plan.title)：各項計畫之預算來源及金額（單位\(plan.unit.rawValue)），每列為對照表中不再細分的一項。",
            fields: BudgetLines.header,
            files: [OpenDataset.File(segments: segments, name: BudgetLines.fileName, format: "CSV"),
                    OpenDataset.File(segments: segments, name: FiscalDataPackage.fileName, format: "JSON")],
            page: segments, firstDate: CivilDate(year: plan.year, month: 1, day: 1),
            lastDate: CivilDate(year: plan.year, month: 12, day: 31),
            recordCount: BudgetLines(plan: plan, agencyName: plan.agency).rows.count)
    }
}
