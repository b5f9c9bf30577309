import GazetteContent
import GazettePlans
import GazetteSite

/// Each plan as a text document and its budget as a spreadsheet, beside the plan's page.
struct PlanDocuments: SiteSection {
    let plans: [Plan]

    func jobs(for site: SiteContext) -> [OutputJob] {
        plans.flatMap { plan -> [OutputJob] in
            let segments = SiteURLs.plan(plan)
            let agencyName = site.site.agency(plan.agency)?.name ?? plan.agency
            let name = "\(plan.agency)-\(plan.rocYear)"
            return [
                GazetteDocuments.job(title: "施政計畫全文", segments: segments, name: name, kind: .text, in: site) {
                    try PlanTextDocument.make(plan, agencyName: agencyName)
                },
                GazetteDocuments.job(title: "預算試算表", segments: segments, name: name + "-budget", kind: .spreadsheet, in: site) {
                    try PlanSpreadsheet.make(plan, agencyName: agencyName)
                },
            ]
        }
    }
}

/// Adds the plans' documents. It loads the plans itself, since `PlanExtension` keeps the ones it
/// loads; their problems are reported once, by `PlanExtension`.
public struct PlanDocumentsExtension: SiteExtension {
    public init() {}

    public func prepare(_ content: Content, options: BuildOptions) -> PreparedExtension {
        let plans = PlanLoader(contentRoot: options.content, displayRoot: options.contentDisplayPath, site: content.site).load().plans
        return PreparedExtension(sections: plans.isEmpty ? [] : [PlanDocuments(plans: plans)])
    }
}
