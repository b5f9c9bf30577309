import Foundation
import Testing

/// The constructs of real gazettes, through the real binary: joint notices, signatures, and
/// body errors reported like every other error.
struct RealDocumentTests {
    @Test func aJointNoticeHasEveryNumberAndAgencyAndItsSignatureBlock() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Content/gazette/110-spring-001/joint.md", """
            ---
            title: 會銜令
            category: announcements
            agency: [a01, a02]
            number: ["高市府行字第1100000001B號", "高市(110)法字第11000000020號"]
            date: 2021-01-06
            signers:
              - {title: 處　　長, name: 王大明}
              - {title: 局　　長, name: 李小華}
            delegation: 依分層負責規定授權單位主管決行
            ---

            此令。

            """)
        let run = try GazetteBinary.run(["build", "--content", "Content", "--output", "Site"], in: fixture.root)
        #expect(run.status == 0, "\(run.stderr)")
        let page = try fixture.read("Site/gazette/110-spring-001/joint/index.html")
        #expect(page.contains("<li>高市府行字第1100000001B號</li><li>高市(110)法字第11000000020號</li>"))
        #expect(page.contains("<span class=\"signer-title\">局　　長</span>　<span class=\"signer-name\">李小華</span>"))
        #expect(page.contains("<p class=\"delegation\">依分層負責規定授權單位主管決行</p>"))
        for number in ["高市府行字第1100000001B號", "高市(110)法字第11000000020號"] {
            #expect(try fixture.read("Site/d/\(number)/index.html").contains("/gazette/110-spring-001/joint/"))
        }
        for agency in ["a01", "a02"] {
            #expect(try fixture.read("Site/agencies/\(agency)/index.html").contains("會銜令"))
        }
        let data = try fixture.read("Site/data/notices.json")
        #expect(data.contains("\"numbers\":[\"高市府行字第1100000001B號\",\"高市(110)法字第11000000020號\"]"))
    }

    @Test func aSecondNumberThatRepeatsAnotherNoticesIsADuplicate() throws {
        let fixture = try Fixture.valid()
        let existing = try fixture.read("Content/gazette/110-spring-002/service.md")
        let taken = try #require(existing.split(separator: "\n").first { $0.hasPrefix("number:") })
            .dropFirst("number: ".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        try fixture.write("Content/gazette/110-spring-001/joint.md",
                          Fixture.notice(title: "會銜令", number: "X1", date: "2021-01-06")
                            .replacingOccurrences(of: "number: \"X1\"", with: "number: [\"X1\", \"\(taken)\"]"))
        let run = try GazetteBinary.run(["build", "--content", "Content", "--output", "Site"], in: fixture.root)
        #expect(run.status != 0)
        #expect(run.stderr.contains("duplicate document number '\(taken)'"))
    }

    @Test func aMalformedTableIsAnErrorAtItsLineAndTheOutputIsUntouched() throws {
        let fixture = try Fixture.valid()
        #expect(try GazetteBinary.run(["build", "--content", "Content", "--output", "Site"], in: fixture.root).status == 0)
        let before = try fixture.snapshot("Site")
        let body = "## 名冊\n\n| 編號 | 姓名 | 金額 |\n| --- | --- | ---: |\n| 1 | 王○明 | 1,200 |\n| 2 | 李○華 |\n"
        try fixture.write("Content/gazette/110-spring-001/roster.md",
                          Fixture.notice(title: "名冊", number: "R1", date: "2021-01-06", body: body))
        let run = try GazetteBinary.run(["build", "--content", "Content", "--output", "Site"], in: fixture.root)
        #expect(run.status != 0)
        // Front matter is 7 lines, then a blank line: the body's line 6 is the file's line 14.
        #expect(run.stderr.contains("Content/gazette/110-spring-001/roster.md:14:1: error: table row has 2 cells but the header row has 3"),
                "\(run.stderr)")
        #expect(try fixture.snapshot("Site") == before)
    }

    @Test func aComparisonTableWithoutColumnsIsAnErrorAtItsFence() throws {
        let fixture = try Fixture.valid()
        let body = "說明如下：\n\n```comparison\ncaption: 對照表\n---\n甲\n|\n乙\n```\n"
        try fixture.write("Content/gazette/110-spring-001/compare.md",
                          Fixture.notice(title: "對照", number: "C1", date: "2021-01-06", body: body))
        let run = try GazetteBinary.run(["check", "--content", "Content"], in: fixture.root)
        #expect(run.status != 0)
        #expect(run.stderr.contains("Content/gazette/110-spring-001/compare.md:11:1: error: a comparison table needs a line 'columns:'"),
                "\(run.stderr)")
    }
}

struct CSVRosterTests {
    @Test func aRosterFromACSVAttachmentIsATableAndItsChangesAreCheckedAgain() throws {
        let fixture = try Fixture.valid()
        let rows = (1...40).map { "\($0),王○\($0),高市環局稽字第110000\(1000 + $0)號,\($0 * 300)" }
        try fixture.write("Content/gazette/110-spring-001/files/roster.csv", "編號,姓名,裁處書字號,金額\n" + rows.joined(separator: "\n") + "\n")
        try fixture.write("Content/gazette/110-spring-001/roster.md", """
            ---
            title: 公示送達名冊
            category: service
            agency: a01
            number: "高市府行字第1100000099號"
            date: 2021-01-06
            attachments:
              - title: 應受送達人名冊
                file: files/roster.csv
            ---

            ```csv
            caption: 應受送達人名冊
            file: files/roster.csv
            ```

            """)
        let run = try GazetteBinary.run(["build", "--content", "Content", "--output", "Site"], in: fixture.root)
        #expect(run.status == 0, "\(run.stderr)")
        let page = try fixture.read("Site/gazette/110-spring-001/roster/index.html")
        let table = try #require(page.range(of: "<table class=\"data-table\">").map { page[$0.lowerBound...] })
        #expect(table.components(separatedBy: "<tr>").count - 1 == 41, "a header row and 40 rows")
        #expect(page.contains("<caption>應受送達人名冊</caption>"))
        #expect(page.contains("<td class=\"numeric\">12000</td>"))

        let before = try fixture.snapshot("Site")
        try fixture.write("Content/gazette/110-spring-001/files/roster.csv", "編號,姓名,裁處書字號,金額\n1,王○明\n")
        let broken = try GazetteBinary.run(["build", "--content", "Content", "--output", "Site"], in: fixture.root)
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("Content/gazette/110-spring-001/roster.md:12:1: error: line 2 of files/roster.csv has 2 fields but its header has 4"),
                "\(broken.stderr)")
        #expect(try fixture.snapshot("Site") == before)
    }
}
