import Foundation
import GazetteContent
import GazettePlans
import GazetteSite
import Testing

/// The real `gazette build` of a copy of Content/ and Templates/: the plan page shows every
/// figure of the seed's two budget tables in table cells, every sentence, the chart and the data.
@Suite(.serialized) struct PlanPageTests {
    static let crosswalkFigures = ["26,767", "88,923", "11,556", "4,229", "6,490", "182,302", "181,235", "1,067", "320,267"]
    static let programFigures = ["26,767", "8,179", "54", "666", "52", "17,196", "141", "479", "88,923", "79,798", "9,125",
                                 "11,556", "4,229", "6,490"]

    let fixture: PlanFixture
    let page: String

    init() throws {
        fixture = try PlanFixture.seed()
        let run = try GazetteRun.build(fixture)
        guard run.status == 0 else { throw BuildFailed(stderr: run.stderr) }
        page = try fixture.read("Site/plans/110/a01/index.html")
    }

    struct BuildFailed: Error {
        var stderr: String
    }

    @Test func crosswalkFiguresAreInItsAmountCells() throws {
        defer { fixture.remove() }
        let table = try #require(TableCells(html: page).table(captioned: "高雄市政府行政暨國際處110年度施政計畫與預算配合對照表"))
        #expect(table.amounts.filter { !$0.isEmpty } == Self.crosswalkFigures)
        #expect(table.cells.contains { $0.tag == "th" && $0.text == "合計" && $0.attributes.contains("scope=\"row\"") })
        #expect(table.caption.contains("單位：千元"))
    }

    @Test func programFiguresAreInItsAmountCells() throws {
        defer { fixture.remove() }
        let table = try #require(TableCells(html: page).table(captioned: "高雄市政府行政暨國際處110年度施政計畫（"))
        #expect(table.amounts.filter { !$0.isEmpty } == Self.programFigures)
        let headings = table.cells.filter { $0.tag == "th" && $0.attributes.contains("scope=\"row\"") }.map(\.text)
        #expect(headings.starts(with: ["壹、一般行政", "行政管理", "(一)行政業務", "(二)會計業務"]))
        #expect(table.cells.contains { $0.tag == "td" && $0.text == "4消費安全查察" })
    }

    @Test func everySentenceOfThePlanIsOnThePage() throws {
        defer { fixture.remove() }
        let plan = try #require(try SeedPlanTests.loadSeed().plans.first)
        let texts = plan.summary + plan.programs.items.flatMap { item in [item.heading] + item.goals.flatMap { [$0.heading] + $0.points.texts } }
        let missing = texts.filter { !page.contains(XMLText.escape($0)) }
        #expect(missing == [])
        for (number, point) in plan.summary.enumerated() {
            #expect(page.contains("<span class=\"ordinal\">\(ChineseNumeral.ordinal(number + 1))</span>\(XMLText.escape(point))"))
        }
    }

    @Test func tablesScrollInsideLabelledRegions() throws {
        defer { fixture.remove() }
        for caption in ["crosswalk-caption", "programs-caption"] {
            #expect(page.contains("<div class=\"table-region\" role=\"region\" aria-labelledby=\"\(caption)\" tabindex=\"0\">"))
            #expect(page.contains("<caption id=\"\(caption)\">"))
        }
    }

    @Test func chartIsDrawnWithItsFiguresAsText() throws {
        defer { fixture.remove() }
        #expect(page.contains("<svg class=\"budget-chart-svg\""))
        // The chart needs no script: the page's only script element is its JSON-LD, which is data.
        #expect(page.components(separatedBy: "<script").count == page.components(separatedBy: "<script type=\"application/ld+json\">").count)
        let bars = page.components(separatedBy: "<rect class=\"bar\"").count - 1
        #expect(bars == 6)
        for line in ["壹、一般行政：26,767千元（8.4%）", "陸、人事費及第一預備金：182,302千元（56.9%）", "合計：320,267千元"] {
            #expect(page.contains("<li>\(line)</li>"))
        }
    }

    @Test func openDataAddsUpAndIsLinked() throws {
        defer { fixture.remove() }
        #expect(page.contains("href=\"/plans/110/a01/budget.csv\""))
        #expect(page.contains("href=\"/plans/110/a01/datapackage.json\""))
        let csv = try fixture.read("Site/plans/110/a01/budget.csv")
        let rows = csv.dropFirst().split(separator: "\r\n").dropFirst().map { $0.split(separator: ",").map { $0.trimmingCharacters(in: ["\""]) } }
        let amountColumn = try #require(BudgetLines.header.firstIndex(of: "amount"))
        #expect(rows.count == 7)
        #expect(rows.compactMap { Int($0[amountColumn]) }.reduce(0, +) == 320_267)
        let package = try #require(try JSONSerialization.jsonObject(with: Data(fixture.read("Site/plans/110/a01/datapackage.json").utf8))
            as? [String: Any])
        #expect(package["profile"] as? String == "tabular-data-package")
        let model = try #require(package["model"] as? [String: Any])
        let measures = try #require(model["measures"] as? [String: [String: Any]])
        #expect(measures["amount"]?["factor"] as? Int == 1000)
        let dimensions = try #require(model["dimensions"] as? [String: [String: Any]])
        #expect(dimensions["administrative_classification"]?["classificationType"] as? String == "administrative")
    }

    @Test func plansAreReachableFromHomeNavigationIndexAndSitemap() throws {
        defer { fixture.remove() }
        let home = try fixture.read("Site/index.html")
        #expect(home.contains("<a href=\"/plans/\">各年度施政計畫與預算</a>"))
        #expect(home.contains("<li><a href=\"/plans/\">施政計畫</a></li>"))
        #expect(page.contains("<a href=\"/plans/\" aria-current=\"page\">施政計畫</a>"))
        let index = try fixture.read("Site/plans/index.html")
        #expect(index.contains("<a href=\"/plans/110/a01/\">高雄市政府行政暨國際處110年度施政計畫</a>"))
        let sitemap = try fixture.read("Site/sitemap.xml")
        #expect(sitemap.contains("<loc>https://gazette.kcg.example.gov.tw/plans/</loc>"))
        #expect(sitemap.contains("<loc>https://gazette.kcg.example.gov.tw/plans/110/a01/</loc>"))
    }

    @Test func aSecondBuildWritesTheSameBytes() throws {
        defer { fixture.remove() }
        let files = ["Site/plans/index.html", "Site/plans/110/a01/index.html", "Site/plans/110/a01/budget.csv",
                     "Site/plans/110/a01/datapackage.json"]
        let first = try files.map(fixture.read)
        #expect(try GazetteRun.build(fixture).status == 0)
        #expect(try files.map(fixture.read) == first)
    }
}
