import GazettePlans
import GazetteSite

/// Each plan as a text document and its budget as a spreadsheet, beside the plan's page.
public struct PlanDocuments: SiteSection {
    let plans: [Plan]

    public init(plans: [Plan]) {
        self.plans = plans
    }

    public func jobs(for site: SiteContext) -> [OutputJob] {
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
