import GazetteContent

/// What plan.yml says, read field by field; cross-checks between items come later.
struct PlanFile: Sendable {
    var title: String
    var rocYear: Int
    var agency: String
    var unit: AmountUnit
    var currency: String
    var budgetSource: String
    var total: Int
    var totalAt: SourceLocation
    var rocYearAt: SourceLocation
    var agencyAt: SourceLocation
    var crosswalk: [ReadItem]
    var programs: [ReadItem]
}
