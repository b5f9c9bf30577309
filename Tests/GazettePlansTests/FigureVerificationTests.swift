import Foundation
import Testing

/// A figure that does not add up stops the build at the published total, in the editor's file
/// and line, with the published and the computed figure.
@Suite struct FigureVerificationTests {
    static let planPath = "Content/plans/110/a01/plan.yml"

    /// Builds the seed with one edit of plan.yml and returns the error lines.
    static func buildSeed(replacing original: String, with replacement: String, occurrence: Int = 1) throws -> (EditedText, String, GazetteRun) {
        let fixture = try PlanFixture.seed()
        defer { fixture.remove() }
        let source = try fixture.read(planPath)
        let edited = try EditedText(source, replacing: original, with: replacement, occurrence: occurrence)
        try fixture.write(planPath, edited.text)
        let run = try GazetteRun.build(fixture)
        #expect(!fixture.exists("Site"), "a failed build must not leave an output folder")
        return (edited, source, run)
    }

    /// 1-based line of the `occurrence`-th line containing `text`.
    static func line(of text: String, in source: String, occurrence: Int = 1) -> Int {
        let lines = source.components(separatedBy: "\n")
        return lines.indices.filter { lines[$0].contains(text) }[occurrence - 1] + 1
    }

    @Test func changedLeafOfTheProgramTableFailsAtItsSection() throws {
        let (edited, source, run) = try Self.buildSeed(replacing: "amount: \"8,179\"", with: "amount: \"8,180\"")
        #expect(run.status != 0)
        // The program table's 壹、一般行政 is the second "26,767" of the file (the first is the crosswalk's 行政管理).
        let totalLine = Self.line(of: "amount: \"26,767\"", in: source, occurrence: 2)
        let expected = "\(Self.planPath):\(totalLine):13: error: program table item 壹、一般行政 (code '1'): published 26,767 but its parts add up to 26,768: "
        #expect(run.errors.count == 1, "\(run.stderr)")
        let error = try #require(run.errors.first)
        #expect(error.hasPrefix(expected), "\(error)")
        #expect(error.contains("(一)行政業務 8,180 (line \(edited.line))"))
    }

    @Test func changedLeafOfTheCrosswalkFailsAtItsCategory() throws {
        let (_, source, run) = try Self.buildSeed(replacing: "amount: \"1,067\"", with: "amount: \"1,076\"")
        #expect(run.status != 0)
        let totalLine = Self.line(of: "amount: \"182,302\"", in: source)
        #expect(run.errors.count == 1, "\(run.stderr)")
        let error = try #require(run.errors.first)
        #expect(error.hasPrefix("\(Self.planPath):\(totalLine):15: error: crosswalk item 陸、人事費及第一預備金 (code '6'): published 182,302 but its parts add up to 182,311"),
                "\(error)")
    }

    @Test func changedCategoryOfTheCrosswalkFailsAtTheGrandTotalAndAgainstTheProgramTable() throws {
        let (edited, source, run) = try Self.buildSeed(replacing: "amount: \"6,490\"", with: "amount: \"6,491\"")
        #expect(run.status != 0)
        let totalLine = Self.line(of: "total: \"320,267\"", in: source)
        let categoryLine = Self.line(of: "code: \"5\"", in: source)
        #expect(run.errors.count == 2, "\(run.stderr)")
        #expect(run.errors.contains { $0.hasPrefix("\(Self.planPath):\(totalLine):10: error: crosswalk 合計: published 320,267 but the 類 add up to 320,268") })
        #expect(run.errors.contains {
            $0.hasPrefix("\(Self.planPath):\(categoryLine):13: error: 類 伍、國際事務: the crosswalk gives 6,491 but the program table gives 6,490")
        })
        #expect(edited.line < totalLine || edited.line > totalLine)
    }
}
