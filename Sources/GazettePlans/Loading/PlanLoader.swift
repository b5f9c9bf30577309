import Foundation
import GazetteContent

/// Loads every plan under `Content/plans/<roc-year>/<agency-slug>/` and verifies it: the format,
/// the figures at every level, and the two tables against each other. A content folder without
/// `plans/` has no plans.
public struct PlanLoader: Sendable {
    public var contentRoot: URL
    /// How the content folder is named in messages.
    public var displayRoot: String
    public var site: SiteSettings

    public init(contentRoot: URL, displayRoot: String? = nil, site: SiteSettings) {
        self.contentRoot = contentRoot
        self.displayRoot = displayRoot ?? contentRoot.path
        self.site = site
    }

    public struct Result: Sendable {
        /// Newest year first, then in site.yml's agency order; empty when any plan has an error.
        public var plans: [Plan]
        public var diagnostics: [Diagnostic]
    }

    public func load() -> Result {
        let folders = PlanFolders(contentRoot: contentRoot, displayRoot: displayRoot, site: site).scan()
        var diagnostics = folders.diagnostics
        var plans: [Plan] = []
        for (plan, found) in folders.plans.parallelMap(load) {
            diagnostics += found
            if let plan { plans.append(plan) }
        }
        if diagnostics.hasErrors { return Result(plans: [], diagnostics: diagnostics.sortedByLocation) }
        let agencyOrder = Dictionary(site.agencies.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        plans.sort { ($1.rocYear, agencyOrder[$0.agency] ?? 0) < ($0.rocYear, agencyOrder[$1.agency] ?? 0) }
        return Result(plans: plans, diagnostics: diagnostics.sortedByLocation)
    }

    private func load(_ folder: PlanFolder) -> (Plan?, [Diagnostic]) {
        let planPath = folder.displayPath + "/plan.yml"
        let summaryPath = folder.displayPath + "/summary.md"
        var diagnostics: [Diagnostic] = []
        var planText: String?
        var summaryText: String?
        switch SourceText.read(folder.url.appendingPathComponent("plan.yml"), path: planPath) {
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        case .success(let text): planText = text
        }
        switch SourceText.read(folder.url.appendingPathComponent("summary.md"), path: summaryPath) {
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        case .success(let text): summaryText = text
        }
        guard let planText, let summaryText else { return (nil, diagnostics) }
        diagnostics += UnicodeForm.problems(in: planText, path: planPath)
        diagnostics += UnicodeForm.problems(in: summaryText, path: summaryPath)

        let summary = readSummary(summaryText, path: summaryPath, diagnostics: &diagnostics)
        let (parsed, found) = PlanFileParser(path: planPath, text: planText).parse()
        diagnostics += found
        guard let file = parsed else { return (nil, diagnostics) }
        diagnostics += folderProblems(file, folder: folder)

        let (crosswalk, crosswalkPositions, crosswalkProblems) = TableStructure.check(file.crosswalk, table: "crosswalk", maximumDepth: 2)
        let (programs, programPositions, programProblems) = TableStructure.check(file.programs, table: "program table")
        diagnostics += crosswalkProblems + programProblems
        guard let crosswalk, let programs, let summary else { return (nil, diagnostics) }

        let crosswalkSums = SumCheck(table: crosswalk, positions: crosswalkPositions, name: "crosswalk")
        diagnostics += crosswalkSums.itemTotals()
        diagnostics += crosswalkSums.grandTotal(published: file.total, at: file.totalAt)
        diagnostics += SumCheck(table: programs, positions: programPositions, name: "program table").itemTotals()
        diagnostics += CrossTableCheck(crosswalk: crosswalk, crosswalkPositions: crosswalkPositions,
                                       programs: programs, programPositions: programPositions).problems()
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        let plan = Plan(title: file.title, rocYear: file.rocYear, agency: file.agency, unit: file.unit, currency: file.currency,
                        summary: summary, crosswalk: Crosswalk(budgetSource: file.budgetSource, total: file.total, table: crosswalk),
                        programs: programs)
        return (plan, diagnostics)
    }

    private func readSummary(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> [String]? {
        let (points, findings) = PointsMarkdown(markdown: text, what: "summary.md", allowsParagraph: false).read()
        for finding in findings {
            diagnostics.append(Diagnostic(finding.problem, at: SourceLocation(path: path, line: finding.line, column: finding.column)))
        }
        guard case .numbered(let list) = points else { return nil }
        return list
    }

    private func folderProblems(_ file: PlanFile, folder: PlanFolder) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if file.rocYear != folder.rocYear {
            diagnostics.append(Diagnostic(.folderMismatch(field: "roc-year", value: String(file.rocYear), folder: folder.displayPath),
                                          at: file.rocYearAt))
        }
        if site.agency(file.agency) == nil {
            diagnostics.append(Diagnostic(.unknownAgency(file.agency, valid: site.agencies.map(\.slug)), at: file.agencyAt))
        } else if file.agency != folder.agency {
            diagnostics.append(Diagnostic(.folderMismatch(field: "agency", value: file.agency, folder: folder.displayPath),
                                          at: file.agencyAt))
        }
        return diagnostics
    }
}
