import Foundation
import Testing

/// One fixture per input the format rejects: each fails `gazette check` with an error at the
/// file, line and column to fix, saying what is wrong and what would be right.
@Suite struct RejectedInputTests {
    static let planPath = "Content/plans/110/a01/plan.yml"

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var original: String
        var replacement: String
        var occurrence: Int = 1
        /// Where on the edited line the error points.
        var marker: String
        var message: String

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "negative amount", original: "amount: \"60\"", replacement: "amount: \"-60\"", marker: "\"-60\"",
             message: "amount '-60' is negative; a published amount is 0 or more"),
        Case(name: "non-integer amount", original: "amount: \"940\"", replacement: "amount: \"940.5\"", marker: "\"940.5\"",
             message: "amount '940.5' is not a whole number"),
        Case(name: "missing thousands separator", original: "total: \"1,300\"", replacement: "total: \"1300\"", marker: "\"1300\"",
             message: "amount '1300' has wrong thousands separators; put a comma between every group of three digits and nowhere else: \"1,300\""),
        Case(name: "misplaced thousands separator", original: "total: \"1,300\"", replacement: "total: \"13,00\"", marker: "\"13,00\"",
             message: "amount '13,00' has wrong thousands separators; put a comma between every group of three digits and nowhere else: \"1,300\""),
        Case(name: "full-width digits", original: "amount: \"250\"", replacement: "amount: \"２５０\"", marker: "\"２５０\"",
             message: "amount '２５０' uses full-width digits or commas"),
        Case(name: "unquoted amount", original: "amount: \"250\"", replacement: "amount: 250", marker: "250",
             message: "amount 250 must be quoted exactly as published, e.g. amount: \"250\""),
        Case(name: "amount with unit", original: "amount: \"50\"", replacement: "amount: \"50千元\"", marker: "\"50千元\"",
             message: "amount '50千元' is not a number"),
        Case(name: "duplicate code", original: "code: \"1.1.2\"", replacement: "code: \"1.1.1\"", marker: "\"1.1.1\"",
             message: "duplicate code '1.1.1' in the program table; first used at \(planPath):"),
        Case(name: "child without a parent", original: "code: \"1.1.2\"", replacement: "code: \"1.2.1\"", marker: "\"1.2.1\"",
             message: "item '1.2.1' (職工業務) has no parent: the program table has no item '1.2'"),
        Case(name: "unquoted code", original: "code: \"1.1.1\"", replacement: "code: 1.1.1", marker: "1.1.1",
             message: "code 1.1.1 must be quoted"),
        Case(name: "crosswalk deeper than 項", original: "code: \"2.2\"", replacement: "code: \"2.1.1\"", marker: "\"2.1.1\"",
             message: "code '2.1.1' has more than 2 levels"),
        Case(name: "year not matching its folder", original: "roc-year: 110", replacement: "roc-year: 111", marker: "111",
             message: "roc-year is '111' but the plan is in folder 'Content/plans/110/a01'"),
        Case(name: "agency not in site.yml", original: "agency: a01", replacement: "agency: a99", marker: "a99",
             message: "unknown agency 'a99'; valid agencies (site.yml): a01, a02"),
        Case(name: "agency not matching its folder", original: "agency: a01", replacement: "agency: a02", marker: "a02",
             message: "agency is 'a02' but the plan is in folder 'Content/plans/110/a01'"),
        Case(name: "unknown field", original: "notes: 不含人事費300千元", replacement: "note: 不含人事費300千元", marker: "note",
             message: "unknown field 'note'"),
        Case(name: "formatting inside points", original: "1. 妥善運用人力資源。", replacement: "1. 妥善運用*人力*資源。", marker: "*人力*",
             message: "points are plain text as printed; remove the emphasis"),
        Case(name: "gap in the numbering of points", original: "2. 定期巡視本市各區建設情形。", replacement: "3. 定期巡視本市各區建設情形。",
             marker: "3.", message: "point numbered 3 should be 2"),
        Case(name: "CJK compatibility ideograph", original: "name: 行政業務", replacement: "name: 行政業務".replacingOccurrences(of: "行", with: "\u{FA08}"),
             marker: "\u{FA08}", message: "'\u{FA08}' (U+FA08) is not in Unicode NFC"),
    ]

    @Test(arguments: cases)
    func rejected(_ testCase: Case) throws {
        let edited = try EditedText(PlanFixture.minimalPlan, replacing: testCase.original, with: testCase.replacement,
                                    occurrence: testCase.occurrence)
        let fixture = try PlanFixture.minimal(planYAML: edited.text)
        defer { fixture.remove() }
        let run = try GazetteRun.check(fixture)
        #expect(run.status != 0)
        let expected = "\(Self.planPath):\(edited.line):\(edited.column(of: testCase.marker)): error: \(testCase.message)"
        #expect(run.errors.contains { $0.hasPrefix(expected) }, "expected \(expected)\ngot:\n\(run.stderr)")
    }

    @Test func childListedBeforeItsParent() throws {
        let child = try EditedText(PlanFixture.minimalPlan, replacing: "code: \"1.1.1\"", with: "code: \"1.2.1\"")
        let parent = try EditedText(child.text, replacing: "code: \"1.1.2\"", with: "code: \"1.2\"")
        let fixture = try PlanFixture.minimal(planYAML: parent.text)
        defer { fixture.remove() }
        let run = try GazetteRun.check(fixture)
        let expected = "\(Self.planPath):\(child.line):11: error: item '1.2.1' comes before its parent '1.2' (at \(Self.planPath):\(parent.line):11)"
        #expect(run.errors.contains { $0.hasPrefix(expected) }, "expected \(expected)\ngot:\n\(run.stderr)")
    }

    @Test func theMinimalPlanItselfPasses() throws {
        let fixture = try PlanFixture.minimal()
        defer { fixture.remove() }
        let run = try GazetteRun.check(fixture)
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func agencyFolderNotInSiteYAML() throws {
        let fixture = try PlanFixture.minimal(folder: "Content/plans/110/a99")
        defer { fixture.remove() }
        let run = try GazetteRun.check(fixture)
        #expect(run.status != 0)
        #expect(run.errors.contains { $0.hasPrefix("Content/plans/110/a99:1:1: error: unknown agency 'a99'") }, "\(run.stderr)")
    }

    @Test func yearFolderThatIsNotAYear() throws {
        let fixture = try PlanFixture.minimal(folder: "Content/plans/2021x/a01")
        defer { fixture.remove() }
        let run = try GazetteRun.check(fixture)
        #expect(run.errors.contains { $0.hasPrefix("Content/plans/2021x:1:1: error: plans folder '2021x' must be named after a ROC year") },
                "\(run.stderr)")
    }

    @Test func strayFileInAPlanFolder() throws {
        let fixture = try PlanFixture.minimal()
        defer { fixture.remove() }
        try fixture.write("Content/plans/110/a01/plan.pdf", "%PDF")
        let run = try GazetteRun.check(fixture)
        #expect(run.errors.contains { $0.hasPrefix("Content/plans/110/a01/plan.pdf:1:1: error: unexpected file 'plan.pdf'") }, "\(run.stderr)")
    }

    @Test func summaryThatIsNotANumberedList() throws {
        let fixture = try PlanFixture.minimal(summary: "1. 第一點。\n\n- 第二點。\n")
        defer { fixture.remove() }
        let run = try GazetteRun.check(fixture)
        #expect(run.errors.contains {
            $0.hasPrefix("Content/plans/110/a01/summary.md:3:1: error: summary.md holds one numbered list (or one paragraph) and nothing else")
        }, "\(run.stderr)")
    }

    @Test func missingSummary() throws {
        let fixture = try PlanFixture(files: ["Content/site.yml": PlanFixture.siteYAML,
                                              "Content/plans/110/a01/plan.yml": PlanFixture.minimalPlan])
        defer { fixture.remove() }
        let run = try GazetteRun.check(fixture)
        #expect(run.errors.contains { $0.hasPrefix("Content/plans/110/a01:1:1: error: required file 'plans/110/a01/summary.md' is missing") },
                "\(run.stderr)")
    }
}
