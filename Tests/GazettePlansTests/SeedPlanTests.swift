import Foundation
import GazetteContent
import GazettePlans
import Testing

/// The transcribed seed plan (Content/plans/110/a01) loads, adds up, and says what the printed plan says.
@Suite struct SeedPlanTests {
    static func loadSeed() throws -> PlanLoader.Result {
        let content = RepositoryRoot.url.appendingPathComponent("Content")
        let site = try ContentLoader(root: content, displayRoot: "Content").load(includeDrafts: false).content.site
        return PlanLoader(contentRoot: content, displayRoot: "Content", site: site).load()
    }

    @Test func loadsWithoutProblems() throws {
        let result = try Self.loadSeed()
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.plans.count == 1)
    }

    @Test func crosswalkHasThePublishedRowsAndTotal() throws {
        let plan = try #require(try Self.loadSeed().plans.first)
        #expect(plan.title == "高雄市政府行政暨國際處110年度施政計畫")
        #expect(plan.rocYear == 110 && plan.agency == "a01" && plan.unit == .thousand && plan.currency == "TWD")
        #expect(plan.crosswalk.total == 320_267)
        let rows = plan.crosswalk.table.items.map { "\($0.heading) \($0.amount.map(String.init) ?? "-")" }
        #expect(rows == [
            "壹、一般行政 -", "行政管理 26767", "貳、事務管理 -", "庶務管理 88923", "參、文書業務 -", "文書管理 11556",
            "肆、機要業務 -", "處理機要業務 4229", "伍、國際事務 -", "訪賓接待聯繫業務 6490",
            "陸、人事費及第一預備金 182302", "一、人事費 181235", "二、第一預備金 1067",
        ])
        #expect(plan.crosswalk.table.budgetLines.compactMap(\.amount).reduce(0, +) == plan.crosswalk.total)
    }

    @Test func programTableHasThePublishedAmounts() throws {
        let plan = try #require(try Self.loadSeed().plans.first)
        let amounts = plan.programs.items.compactMap { item in item.amount.map { "\(item.heading) \($0)" } }
        #expect(amounts == [
            "壹、一般行政 26767", "(一)行政業務 8179", "(二)會計業務 54", "(三)人事業務 666", "(四)政風業務 52",
            "(五)職工業務 17196", "(六)視察及研考業務 141", "(七)消費者保護 479", "貳、事務管理 88923",
            "(一)庶務管理 79798", "(二)充實設備 9125", "參、文書業務 11556", "肆、機要業務 4229", "伍、國際事務 6490",
        ])
    }

    @Test func summaryAndPointsAreComplete() throws {
        let plan = try #require(try Self.loadSeed().plans.first)
        #expect(plan.summary.count == 15)
        #expect(plan.summary.last == "辦理市政會議業務，加強各機關間橫向聯繫，建立市政發展溝通平台，議定重要市政決策，俾實踐施政總目標。")
        let goals = plan.programs.items.flatMap(\.goals)
        #expect(goals.count == 32)
        #expect(goals.flatMap(\.points.texts).count == 82)
        let inspection = try #require(goals.first { $0.text == "消費安全查察" })
        #expect(inspection.label == "4")
    }
}
