import Foundation
import GazetteContent
import GazetteDocument
import GazetteImport
import GazetteMarkdown
import Testing

/// The EY exchange files a build writes, read back by the importer (EYImport, as `gazette import
/// ey-xml` runs it) into a folder with the same site.yml: every notice comes back with its
/// fields and the same body.
struct EYExportRoundTripTests {
    /// Hostile text in a title, a summary and a body: CDATA's end, markup, an ampersand, and a
    /// control character XML cannot hold.
    private static let hostileTitle = "公告<script>alert(\"]]>\")</script> & ]]]]>測試"
    private static let hostileBody = """
        主旨：公告 <script>alert(1)</script> 與 ]]> 及 &amp; & <b>粗</b>\u{0B}文字。

        依據：行政程序法第一百五十四條。

        公告事項：
        一、本草案刊登公報之日起10日內陳述意見。
        二、聯絡方式：[網站](https://example.gov.tw/a?b=1&c=2)。

        - 甲 <em>&</em> 乙
        - 丙

        3. 第三項

           其說明。
        4. 第四項

        | 項目 | 金額 |
        | --- | --- |
        | 申請費 | 100 |
        | 複製費 | 5 |

        ```comparison
        caption: 修正條文對照表 & <對照>
        columns: 修正條文 | 現行條文 | 說明
        ---
        # 第一章　總則
        ---
        第一條　本辦法依<法>訂定之。
        |
        第一條　本辦法依法訂定之。
        |
        ]]> 修正。
        ---
        第二條　新增。
        |
        |
        新增本條。
        ---
        ```

        """

    private func exportAndImport() throws -> (original: [Notice], imported: [Notice], fixture: Fixture) {
        let fixture = try Fixture.valid()
        try fixture.write("Content/gazette/110-spring-002/hostile.md", Fixture.notice(
            title: Self.hostileTitle.replacingOccurrences(of: "\"", with: "\\\""), category: "announcements", agency: "a01",
            number: "高市府行國字第11030000200號", date: "2021-01-19", extra: """
            titleEnglish: "Draft <amendment> & more"
            subtype: 法規命令草案之預告
            summary: "預告 ]]> 修正 & 草案"
            tags: [法規草案預告, "A&B"]
            classification: {theme: "540", cake: ["130", "010"], service: "E41"}
            comments: {days: 10, counting: same-day}
            signers:
              - title: 市　　長
                name: 陳其邁
            delegation: 本案依分層負責規定授權業務主管決行

            """, body: Self.hostileBody))
        try fixture.write("Content/gazette/110-spring-002/joint.md", Fixture.notice(
            title: "會銜令", category: "orders", agency: "[a01, a02]", number: nil, date: "2021-01-18", extra: """
            number: ["高市府行國字第11030000300號", "高市法字第11030000400號"]
            comments: {until: 2021-02-05}
            signers:
              - title: 處長
                name: 甲
              - title: 局長
                name: 乙

            """))
        let run = try GazetteBinary.run(["build", "--content", "Content", "--output", "Site"], in: fixture.root)
        try #require(run.status == 0, "\(run.stderr)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: fixture.root.appendingPathComponent("Site/gazette").path)
            .filter { Self.isDayFile(($0 as NSString).lastPathComponent) }.sorted()
        #expect(files == ["110-spring-001/exchange/110-01-06.xml", "110-spring-002/exchange/110-01-20.xml"])
        try fixture.write("Imported/site.yml", try fixture.read("Content/site.yml"))
        let imported = fixture.root.appendingPathComponent("Imported")
        let report = try EYImport(content: imported).run(files: files.map { fixture.root.appendingPathComponent("Site/gazette/" + $0).path })
        #expect(report.isComplete, "\(report.problems)")
        let original = try ContentLoader(root: fixture.root.appendingPathComponent("Content")).load(includeDrafts: false).content.notices
        return (original, try ContentLoader(root: imported).load(includeDrafts: false).content.notices, fixture)
    }

    /// An exchange file's name, `YYY-MM-DD.xml`, unlike the Akoma Ntoso files beside it.
    private static func isDayFile(_ name: String) -> Bool {
        let digits = name.utf8.filter { (48...57).contains($0) }.count
        return name.utf8.count == 13 && name.hasSuffix(".xml") && digits == 7 && name.split(separator: "-").count == 3
    }

    /// The body's tree without the signature block, which comes back as `signers` and `delegation`.
    private func body(_ notice: Notice) -> Document {
        MarkdownReader().read(notice.body).document
    }

    @Test func everyNoticeComesBackWithItsFieldsAndBody() throws {
        let (original, imported, _) = try exportAndImport()
        #expect(original.count == 5)
        #expect(imported.count == original.count)
        for notice in original {
            let page = "https://gazette.example.gov.tw/gazette/\(notice.issueSlug)/\(notice.slug)/"
            let back = try #require(imported.first { $0.source?.url == page }, "\(notice.slug) was not imported")
            #expect(back.title == notice.title)
            #expect(back.titleEnglish == notice.titleEnglish)
            #expect(back.category == notice.category)
            #expect(back.subtype == notice.subtype)
            #expect(back.agencies == notice.agencies)
            #expect(back.numbers == notice.numbers)
            #expect(back.date == notice.date)
            #expect(back.tags == notice.tags)
            #expect(back.summary == notice.summary)
            #expect(back.classification == notice.classification)
            #expect(back.lifecycle.comments?.length == notice.lifecycle.comments?.length, "\(notice.slug)")
            #expect(back.delegation == notice.delegation)
            // The EY writes a title without the page's spacing (`市　　長` is `市長`).
            #expect(back.signers.map(\.name) == notice.signers.map(\.name))
            #expect(back.signers.map { $0.title.filter { !$0.isWhitespace } } == notice.signers.map { $0.title.filter { !$0.isWhitespace } })
            #expect(PlainTextWriter.write(body(back)) == PlainTextWriter.write(body(notice)).replacingOccurrences(of: "\u{0B}", with: ""),
                    "\(notice.slug)")
        }
    }

    @Test func hostileTextIsEscapedAndItsTreeComesBack() throws {
        let (original, imported, fixture) = try exportAndImport()
        let hostile = try #require(original.first { $0.slug == "hostile" })
        let back = try #require(imported.first { $0.title == Self.hostileTitle })
        #expect(back.summary == "預告 ]]> 修正 & 草案")
        // The tables, the lists, the legal numbering and the link are the same tree, not only the same words.
        let expected = MarkdownReader().read(hostile.body.replacingOccurrences(of: "\u{0B}", with: "")).document
        #expect(body(back) == expected)
        let xml = try fixture.read("Site/gazette/110-spring-002/exchange/110-01-20.xml")
        #expect(!xml.contains("\u{0B}"))
        #expect(xml.contains("]]]]><![CDATA[>"))
        #expect(!xml.contains("visually-hidden"))
    }
}
