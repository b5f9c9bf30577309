import Foundation
import Testing

/// Notices as an import writes them, built by the real binary: one without a document number,
/// with the source record's keys, and a re-publication under an earlier notice's number.
struct ImportedNoticeBuildTests {
    private static let venueNumber = "高市府行國字第11030123400號"

    private func build() throws -> Fixture {
        let fixture = try Fixture.valid()
        try fixture.write("Content/gazette/110-spring-002/no-number.md", Fixture.notice(
            title: "公示送達無文號處分書", category: "service", number: nil, date: "2021-01-19", extra: """
            titleEnglish: "Service by Publication <of> a Decision"
            subtype: 公示送達
            source: {id: "4630", url: "http://gazette.nat.gov.tw/egFront/detail.do?metaid=4630&log=詳細"}
            classification: {theme: "540", cake: ["130", "010"]}

            """))
        try fixture.write("Content/gazette/110-spring-002/venue-rules-again.md", Fixture.notice(
            title: "更正「高雄市政府行政中心場地使用管理規則」", category: "regulations", number: Self.venueNumber,
            date: "2021-01-18", extra: "republication: true\n"))
        let run = try GazetteBinary.run(["build", "--content", "Content", "--output", "Site"], in: fixture.root)
        #expect(run.status == 0, "\(run.stderr)")
        return fixture
    }

    /// The notice's own part of its page: the article, without menus and neighbours.
    private func article(_ page: String) throws -> String {
        let start = try #require(page.range(of: "<article class=\"notice\">"))
        let end = try #require(page.range(of: "</article>"))
        return String(page[start.lowerBound..<end.upperBound])
    }

    @Test func aNoticeWithoutANumberHasNoNumberRowAndNoShortLink() throws {
        let fixture = try build()
        let page = try article(try fixture.read("Site/gazette/110-spring-002/no-number/index.html"))
        #expect(!page.contains("發文字號"))
        #expect(!page.contains("永久連結"))
        #expect(!page.contains("/d/"))
        #expect(!page.contains("<dd><ul class=\"value-list\"></ul></dd>"))
        #expect(page.contains("<h1>公示送達無文號處分書</h1>\n<p class=\"title-english\" lang=\"en\">Service by Publication &lt;of&gt; a Decision</p>\n"))
        #expect(page.contains("<dt>細類</dt><dd>公示送達</dd>\n"))
        #expect(page.contains("<dt>原始資料</dt><dd><a href=\"http://gazette.nat.gov.tw/egFront/detail.do?metaid=4630&amp;log=%E8%A9%B3%E7%B4%B0\">"))
        #expect(!fixture.exists("Site/d/index.html"))

        let issue = try fixture.read("Site/gazette/110-spring-002/index.html")
        #expect(!issue.contains("<span class=\"number\"></span>"))
        let feed = try fixture.read("Site/feed.xml")
        #expect(!feed.contains("<summary>｜"))

        let records = try #require(try JSONSerialization.jsonObject(with: Data(fixture.read("Site/data/notices.json").utf8)) as? [[String: Any]])
        let record = try #require(records.first { ($0["url"] as? String)?.hasSuffix("/no-number/") == true })
        #expect(record["number"] as? String == "")
        #expect((record["numbers"] as? [String]) == [])
        #expect(record["titleEnglish"] as? String == "Service by Publication <of> a Decision")
        #expect(record["subtype"] as? String == "公示送達")
        #expect(record["republication"] as? Bool == false)
        let source = try #require(record["source"] as? [String: String])
        #expect(source == ["id": "4630", "url": "http://gazette.nat.gov.tw/egFront/detail.do?metaid=4630&log=%E8%A9%B3%E7%B4%B0"])
        let classification = try #require(record["classification"] as? [String: [String]])
        #expect(classification == ["theme": ["540"], "cake": ["130", "010"], "service": []])
        let other = try #require(records.first { ($0["url"] as? String)?.hasSuffix("/service/") == true })
        #expect(other["source"] is NSNull && other["titleEnglish"] is NSNull)

        let csv = try fixture.read("Site/data/notices.csv")
        #expect(csv.hasPrefix("\"number\",\"title\",\"category\",\"agency\",\"date\",\"issue\",\"url\",\"numbers\",\"agencies\","
            + "\"titleEnglish\",\"subtype\",\"republication\",\"source_id\",\"source_url\","
            + "\"classification_theme\",\"classification_cake\",\"classification_service\",\"corrects\",\"corrected_by\","
            + "\"amends\",\"amended_by\",\"repeals\",\"repealed_by\",\"regulation\",\"regulation_action\",\"regulation_status\","
            + "\"effective\",\"retroactive\",\"comments_last_day\",\"comments_to\",\"service_takes_effect\",\"service_basis\"\r\n"))
        #expect(csv.contains("\"\",\"公示送達無文號處分書\""))
        #expect(csv.contains("\"Service by Publication <of> a Decision\",\"公示送達\",\"false\",\"4630\",\"http://gazette.nat.gov.tw/egFront/detail.do?metaid=4630&log=%E8%A9%B3%E7%B4%B0\",\"540\",\"130;010\",\"\","
            + String(repeating: "\"\",", count: 10) + "\"false\"," + Array(repeating: "\"\"", count: 4).joined(separator: ",") + "\r\n"))
    }

    @Test func aRepublicationsShortLinkLeadsToTheFirstNotice() throws {
        let fixture = try build()
        let redirect = try fixture.read("Site/d/\(Self.venueNumber)/index.html")
        #expect(redirect.contains("<link rel=\"canonical\" href=\"https://gazette.example.gov.tw/gazette/110-spring-001/venue-rules/\">"))

        let again = try article(try fixture.read("Site/gazette/110-spring-002/venue-rules-again/index.html"))
        #expect(again.contains("<dt>發文字號</dt><dd><ul class=\"value-list\"><li>\(Self.venueNumber)</li></ul></dd>"))
        #expect(again.contains("<dt>原刊登</dt><dd><ul class=\"value-list\"><li><a href=\"/gazette/110-spring-001/venue-rules/\">修正「高雄市政府行政中心場地使用管理規則」</a>（110年春字第1期）</li></ul></dd>"))
        #expect(!again.contains("永久連結"), "the short link is the first notice's, not this page's")

        let first = try article(try fixture.read("Site/gazette/110-spring-001/venue-rules/index.html"))
        #expect(first.contains("<dt>永久連結</dt>"))
        #expect(!first.contains("原刊登"))

        let records = try #require(try JSONSerialization.jsonObject(with: Data(fixture.read("Site/data/notices.json").utf8)) as? [[String: Any]])
        #expect(records.filter { $0["number"] as? String == Self.venueNumber }.map { $0["republication"] as? Bool } == [true, false])
    }
}
