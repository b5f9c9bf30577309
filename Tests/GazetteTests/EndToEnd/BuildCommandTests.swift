import Foundation
import Testing

/// The real `gazette` binary on real folders.
struct BuildCommandTests {
    @Test func buildsACompleteSite() throws {
        let fixture = try Fixture.valid()
        let run = try GazetteBinary.run(["build", "--content", "Content", "--output", "Site"], in: fixture.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("built "))
        for path in ["index.html", "gazette/index.html", "gazette/110-spring-001/index.html",
                     "gazette/110-spring-001/venue-rules/index.html", "gazette/110-spring-001/venue-rules/apply form.csv",
                     "categories/index.html", "categories/regulations/index.html", "agencies/a02/index.html",
                     "tags/場地管理/index.html", "archive/110/index.html", "d/高市府行國字第11030123400號/index.html",
                     "feed.xml", "categories/service/feed.xml", "agencies/a01/feed.xml", "sitemap.xml", "robots.txt", "404.html",
                     "data/notices.json", "data/notices.csv", "data/issues/110-spring-001.json", "assets/gazette.css", "accessibility/index.html"] {
            #expect(fixture.exists("Site/" + path), "missing \(path)")
        }
        #expect(!fixture.exists("Site/gazette/110-spring-002/draft/index.html"))

        let notice = try fixture.read("Site/gazette/110-spring-001/venue-rules/index.html")
        #expect(notice.contains("<h1>修正「高雄市政府行政中心場地使用管理規則」</h1>"))
        #expect(notice.contains("<time datetime=\"2021-01-04\">中華民國110年1月4日</time>"))
        #expect(notice.contains("<li>高市府行國字第11030123400號</li>"))
        #expect(notice.contains("href=\"/gazette/110-spring-001/venue-rules/apply%20form.csv\""))
        #expect(notice.contains("lang=\"zh-Hant-TW\""))

        let issue = try fixture.read("Site/gazette/110-spring-001/index.html")
        let regulations = try #require(issue.range(of: "法規"))
        let announcements = try #require(issue.range(of: "公告</h3>"))
        #expect(regulations.lowerBound < announcements.lowerBound, "categories follow site.yml order")

        let csv = try Data(contentsOf: fixture.root.appendingPathComponent("Site/data/notices.csv"))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
        let redirect = try fixture.read("Site/d/高市府行國字第11030123400號/index.html")
        #expect(redirect.contains("<link rel=\"canonical\" href=\"https://gazette.example.gov.tw/gazette/110-spring-001/venue-rules/\">"))
    }

    @Test func draftsArePublishedOnlyWhenAsked() throws {
        let fixture = try Fixture.valid()
        let run = try GazetteBinary.run(["build", "--content", "Content", "--output", "Site", "--drafts"], in: fixture.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try fixture.read("Site/gazette/110-spring-002/draft/index.html").contains("草稿"))
    }

    @Test func sameInputGivesByteIdenticalOutput() throws {
        let fixture = try Fixture.valid()
        try GazetteBinary.run(["build", "--content", "Content", "--output", "A"], in: fixture.root)
        try GazetteBinary.run(["build", "--content", "Content", "--output", "B"], in: fixture.root)
        let first = try fixture.snapshot("A"), second = try fixture.snapshot("B")
        #expect(first.count > 30)
        #expect(first == second)
    }

    @Test func badInputFailsAndLeavesThePreviousOutputUntouched() throws {
        let fixture = try Fixture.valid()
        #expect(try GazetteBinary.run(["build", "--content", "Content", "--output", "Site"], in: fixture.root).status == 0)
        let before = try fixture.snapshot("Site")
        try fixture.write("Content/gazette/110-spring-001/mediation.md",
                          Fixture.notice(title: "x", category: "notices", number: "N1", date: "2021-02-30"))
        let run = try GazetteBinary.run(["build", "--content", "Content", "--output", "Site"], in: fixture.root)
        #expect(run.status != 0)
        #expect(run.stderr.contains("Content/gazette/110-spring-001/mediation.md:3:11: error: unknown category 'notices'"))
        #expect(run.stderr.contains("Content/gazette/110-spring-001/mediation.md:6:7: error: invalid date '2021-02-30'"))
        #expect(run.stderr.contains("2 errors"))
        #expect(try fixture.snapshot("Site") == before)
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent(".Site.gazette-cache/site").path))
    }

    @Test func errorOnFirstBuildWritesNothing() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Content/site.yml", "title: [unclosed\n")
        let run = try GazetteBinary.run(["build", "--content", "Content", "--output", "Site"], in: fixture.root)
        #expect(run.status != 0)
        #expect(run.stderr.contains("Content/site.yml:"))
        #expect(!fixture.exists("Site"))
    }

    @Test func refusesOutputOverlappingInput() throws {
        let fixture = try Fixture.valid()
        for output in ["Content", "Content/out", "."] {
            let run = try GazetteBinary.run(["build", "--content", "Content", "--output", output], in: fixture.root)
            #expect(run.status != 0, "accepted output \(output)")
            #expect(run.stderr.contains("choose an output folder apart from content and templates"))
        }
    }

    @Test func refusesToReplaceAFolderItDidNotWrite() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Mine/notes.txt", "keep me")
        let run = try GazetteBinary.run(["build", "--content", "Content", "--output", "Mine"], in: fixture.root)
        #expect(run.status != 0)
        #expect(try fixture.read("Mine/notes.txt") == "keep me")
    }

    @Test func templatesOverrideTheBuiltInsFileByFile() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Theme/notice.mustache", "<p>{{notice.number}}</p>")
        let run = try GazetteBinary.run(["build", "--content", "Content", "--templates", "Theme", "--output", "Site"], in: fixture.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try fixture.read("Site/gazette/110-spring-002/service/index.html") == "<p>高市法字第11030000100號</p>")
        #expect(try fixture.read("Site/gazette/index.html").contains("<!DOCTYPE html>"))
    }

    /// The header, footer and list entries are rendered once and pasted into every page: an
    /// override of their partials must still reach every page, with the right menu entry current.
    @Test func overriddenHeaderFooterAndListEntriesReachEveryPage() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Theme/partials/site-header.mustache",
                          "<header>{{site.title}}:{{#nav}}{{#current}}[{{name}}]{{/current}}{{/nav}}</header>\n")
        try fixture.write("Theme/partials/site-footer.mustache", "<footer>{{assets.css}}</footer>\n")
        try fixture.write("Theme/partials/notice-item.mustache", "<li>{{title}}|{{dateShort}}|{{site.title}}</li>\n")
        let run = try GazetteBinary.run(["build", "--content", "Content", "--templates", "Theme", "--output", "Site"], in: fixture.root)
        #expect(run.status == 0, "\(run.stderr)")

        let notice = try fixture.read("Site/gazette/110-spring-002/service/index.html")
        #expect(notice.contains("<header>高雄市政府電子公報:[公報期別]</header>\n<div class=\"wrap\">"))
        #expect(notice.contains("<footer>/assets/gazette.css</footer>\n</body>"))
        let tags = try fixture.read("Site/tags/場地管理/index.html")
        #expect(tags.contains("<header>高雄市政府電子公報:[標籤]</header>"))
        let home = try fixture.read("Site/index.html")
        #expect(home.contains("<header>高雄市政府電子公報:[首頁]</header>"))

        let issue = try fixture.read("Site/gazette/110-spring-001/index.html")
        #expect(issue.contains("<li>聘任消費爭議調解委員|110/01/05|高雄市政府電子公報</li>\n</ol>"))
        let agency = try fixture.read("Site/agencies/a02/index.html")
        #expect(agency.contains("<li>公示送達陳怡君君|110/01/19|高雄市政府電子公報</li>\n"))
        #expect(!agency.contains("聘任消費爭議調解委員"))
    }
    @Test func templateSyntaxErrorsPointAtTheTemplate() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Theme/notice.mustache", "<p>\n{{#notice}}\n{{title}}\n")
        let run = try GazetteBinary.run(["build", "--content", "Content", "--templates", "Theme", "--output", "Site"], in: fixture.root)
        #expect(run.status != 0)
        #expect(run.stderr.contains("Theme/notice.mustache:"))
        #expect(run.stderr.contains("error: template syntax error"))
    }

    @Test func checkValidatesWithoutWriting() throws {
        let fixture = try Fixture.valid()
        let run = try GazetteBinary.run(["check", "--content", "Content"], in: fixture.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!fixture.exists("Site"))
        try fixture.write("Content/gazette/110-spring-001/x.md", "---\ntitle: x\n")
        #expect(try GazetteBinary.run(["check", "--content", "Content"], in: fixture.root).status != 0)
    }

    @Test func newNoticeScaffoldsAValidDraft() throws {
        let fixture = try Fixture.valid()
        let run = try GazetteBinary.run(["new", "notice", "--issue", "110-spring-001", "--category", "rules", "--agency", "a01",
                                         "--slug", "fresh"], in: fixture.root)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try fixture.read("Content/gazette/110-spring-001/fresh.md")
        #expect(text.contains("draft: true"))
        #expect(try GazetteBinary.run(["check", "--content", "Content"], in: fixture.root).status == 0)
        let bad = try GazetteBinary.run(["new", "notice", "--issue", "nope", "--category", "x", "--agency", "a01"], in: fixture.root)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("unknown issue 'nope'"))
        #expect(bad.stderr.contains("unknown category 'x'"))
    }

    @Test func hostileTitlesStayInert() throws {
        let fixture = try Fixture.valid()
        let title = #"<script>alert(1)</script>\"><img src=x onerror=alert(1)>"#
        try fixture.write("Content/gazette/110-spring-001/mediation.md",
                          Fixture.notice(title: title, number: "N1<script>alert(2)", date: "2021-01-05",
                                         extra: "tags: [\"<img src=x onerror=alert(3)>\"]\n"))
        let run = try GazetteBinary.run(["build", "--content", "Content", "--output", "Site"], in: fixture.root)
        #expect(run.status == 0, "\(run.stderr)")
        for path in ["gazette/110-spring-001/mediation/index.html", "gazette/110-spring-001/index.html", "feed.xml", "sitemap.xml", "index.html"] {
            let text = try fixture.read("Site/" + path)
            #expect(!text.contains("<script>alert"), "\(path)")
            #expect(!text.contains("<img src=x"), "\(path)")
        }
        #expect(!(try fixture.read("Site/data/notices.json")).contains("<"))
    }
}
