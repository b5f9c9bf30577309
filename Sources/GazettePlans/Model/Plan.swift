/// An agency's annual policy plan (施政計畫) as published: its summary, the crosswalk table
/// against the budget and the program table. Amounts are whole numbers in `unit`, exactly as
/// printed; the loader has checked that every printed total is the sum of its parts.
public struct Plan: Sendable, Hashable {
    /// As printed above the program table: `高雄市政府行政暨國際處110年度施政計畫`.
    public var title: String
    /// Republic of China year: 110 is 2021.
    public var rocYear: Int
    /// The agency's slug in site.yml.
    public var agency: String
    public var unit: AmountUnit
    /// ISO 4217 code, `TWD`.
    public var currency: String
    /// 施政計畫提要: point *n* is printed with the *n*-th Chinese ordinal (一、二、…).
    public var summary: [String]
    /// 施政計畫與預算配合對照表.
    public var crosswalk: Crosswalk
    /// 施政計畫: programs with their goals, implementation points and amounts.
    public var programs: BudgetTable

    public init(title: String, rocYear: Int, agency: String, unit: AmountUnit, currency: String,
                summary: [String], crosswalk: Crosswalk, programs: BudgetTable) {
        self.title = title
        self.rocYear = rocYear
        self.agency = agency
        self.unit = unit
        self.currency = currency
        self.summary = summary
        self.crosswalk = crosswalk
        self.programs = programs
    }

    /// The Gregorian year the plan covers.
    public var year: Int { rocYear + 1911 }
    /// The summary's heading as printed: the title followed by 提要.
    public var summaryTitle: String { title + "提要" }
    /// The crosswalk's heading as printed: the title followed by 與預算配合對照表.
    public var crosswalkTitle: String { title + "與預算配合對照表" }
}
