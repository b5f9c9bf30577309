import Foundation
import GazetteContent
import GazetteImport
import Testing

/// The importer on small day files written here: real records' shapes, with the quirks the
/// national archive has (joint orders, placeholders, shared numbers, broken records).
struct EYImportTests {
    private func record(_ fields: [String: String]) -> String {
        let defaults = [
            "MetaId": "1", "Doc_Style_LName": "法規", "Doc_Style_SName": "中央法規標準法第3條之7種命令",
            "PubGov": "內政部", "PubGovName": "內政部", "Officer_name": "部長 陳威仁",
            "Date_Created": "中華民國105年4月8日", "GazetteId": "台內營字第1050803992號",
            "Title": "修正「建築技術規則」", "ThemeSubject": "修正建築技術規則。", "Keyword": "建築;技術",
            "GazetteHTML": "http://gazette.nat.gov.tw/EG_FileManager/eguploadpub/eg022063/ch02/type1/gov10/num5/Eg.htm",
            "HTMLContent": "<p>主　　旨：修正「建築技術規則」。</p><p>部長　陳威仁</p>",
        ]
        let merged = defaults.merging(fields) { _, new in new }
        let body = merged.keys.sorted().map { "<\($0)><![CDATA[\(merged[$0]!.replacingOccurrences(of: "\n", with: "\r\n"))]]></\($0)>" }
        return "<Record>\(body.joined())</Record>"
    }

    private func day(_ name: String, _ records: [String], in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<Gazette>" + records.joined() + "</Gazette>").utf8).write(to: url)
        return url.path
    }

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ey-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aDayBecomesAnIssueWhoseNoticesLoad() throws {
        let root = try folder()
        let file = try day("105-04-08.xml", [
            record([:]),
            record(["MetaId": "2", "PubGovName": "經濟部;交通部", "GazetteId": "經商字第10502408370號;交路字第10500083511號",
                    "Officer_name": "部長 鄧振中;部長 陳建宇", "Doc_Style_LName": "公告及送達", "Title": "會銜公告：\"引號\"與 key: value"]),
            record(["MetaId": "3", "GazetteId": "字號待補", "Keyword": "a/b;正常"]),
        ], in: root)
        let content = root.appendingPathComponent("Content")
        let report = try EYImport(content: content).run(files: [file])
        #expect(report.isComplete && report.imported == 3 && report.issues == 1)
        let loaded = try ContentLoader(root: content).load(includeDrafts: false).content
        #expect(loaded.issues.map(\.slug) == ["v022-063"])
        #expect(loaded.issues.first?.title == "行政院公報第22卷第63期")
        let notices = Dictionary(uniqueKeysWithValues: loaded.notices.map { ($0.slug, $0) })
        let first = try #require(notices["ey-1"])
        #expect(first.numbers == ["台內營字第1050803992號"] && first.date.iso == "2016-04-08")
        #expect(first.signers.map(\.name) == ["陳威仁"])
        #expect(first.tags == ["建築", "技術"])
        let joint = try #require(notices["ey-2"])
        #expect(joint.title == "會銜公告：\"引號\"與 key: value")
        #expect(joint.agencies.count == 2 && joint.numbers.count == 2 && joint.signers.count == 2)
        let placeholder = try #require(notices["ey-3"])
        #expect(placeholder.numbers.isEmpty)
        #expect(placeholder.tags == ["正常"])
        #expect(report.problems.contains { $0.metaId == "3" && $0.message.contains("a/b") })
    }

    @Test func aPreAnnouncementKeepsTheCommentPeriodItsBodyStates() throws {
        let root = try folder()
        let draft = "法規命令訂定、修正草案及廢止案之預告"
        // The wordings of real records, each with what it counts from.
        let wordings: [(String, CommentPeriod.Length?)] = [
            ("於本公告刊登公報之次日起14日內陳述意見", .days(14, startsNextDay: true)),
            ("請於本公告刊登公報隔日起7日內陳述意見", .days(7, startsNextDay: true)),
            ("請於刊登行政院公報翌日起十五日內陳述意見", .days(15, startsNextDay: true)),
            ("請於本公告刊登於政府公報之日起10日內陳述意見", .days(10, startsNextDay: false)),
            ("請於本公告自行政院公報刊登之日起至七日內，以書面陳述", .days(7, startsNextDay: false)),
            ("請於本公告揭示之日起七日內陳述意見", nil),
        ]
        let records = wordings.enumerated().map { index, wording in
            record(["MetaId": "\(index + 1)", "GazetteId": "台內營字第10508039\(index)0號", "Doc_Style_SName": draft,
                    "HTMLContent": "<p>主旨：預告草案。</p><p>公告事項：\(wording.0)。</p>"])
        }
        let file = try day("105-04-08.xml", records + [record(["MetaId": "9", "GazetteId": "台內營字第1050803999號",
                                                                 "HTMLContent": "<p>請於刊登公報之次日起14日內陳述意見。</p>"])],
                           in: root)
        let content = root.appendingPathComponent("Content")
        _ = try EYImport(content: content).run(files: [file])
        let notices = try ContentLoader(root: content).load(includeDrafts: false).content.notices
        for (index, wording) in wordings.enumerated() {
            let notice = try #require(notices.first { $0.slug == "ey-\(index + 1)" })
            #expect(notice.lifecycle.comments?.length == wording.1, "\(wording.0)")
        }
        // Only a pre-announcement takes comments.
        #expect(notices.first { $0.slug == "ey-9" }?.lifecycle.comments == nil)
    }

    @Test func theSignatureLeavesTheBodyAndKeepsTheOrderPrinted() throws {
        let root = try folder()
        let file = try day("105-04-08.xml", [record([
            "PubGovName": "內政部;國防部", "Officer_name": "部長 蘇嘉全;部長 李傑",
            "HTMLContent": "<p>主旨：解除管制。</p><p>部長　李傑　　部長　蘇嘉全</p><p>本案依分層負責規定授權業務主管決行</p>",
        ])], in: root)
        let content = root.appendingPathComponent("Content")
        _ = try EYImport(content: content).run(files: [file])
        let notice = try #require(try ContentLoader(root: content).load(includeDrafts: false).content.notices.first)
        #expect(notice.signers.map(\.name) == ["李傑", "蘇嘉全"])
        #expect(notice.delegation == "本案依分層負責規定授權業務主管決行")
        #expect(notice.body.trimmingCharacters(in: .whitespacesAndNewlines) == "主旨：解除管制。")
    }

    @Test func importingAgainWritesNothingAndABrokenRecordIsReportedWhileTheRestIsImported() throws {
        let root = try folder()
        let file = try day("105-04-08.xml", [record([:]), record(["MetaId": "9", "PubGovName": "", "PubGov": ""])], in: root)
        let content = root.appendingPathComponent("Content")
        let first = try EYImport(content: content).run(files: [file])
        #expect(!first.isComplete && first.imported == 1)
        #expect(first.problems.filter(\.isFatal).map(\.description) == ["\(file): MetaId 9: error: the record names no agency (PubGovName and PubGov are empty)"])
        #expect(first.written.sorted() == ["gazette/v022-063/ey-1.md", "gazette/v022-063/issue.yml", "site.yml"])
        let again = try EYImport(content: content).run(files: [file])
        #expect(again.written.isEmpty)
    }

    @Test func aNumberPublishedAgainIsARepublicationOfTheFirst() throws {
        let root = try folder()
        let earlier = try day("105-04-08.xml", [record([:])], in: root)
        let later = try day("105-04-11.xml", [record(["MetaId": "7", "Title": "更正後重刊",
            "GazetteHTML": "http://gazette.nat.gov.tw/EG_FileManager/eguploadpub/eg022064/x/Eg.htm"])], in: root)
        let content = root.appendingPathComponent("Content")
        _ = try EYImport(content: content).run(files: [earlier])
        let report = try EYImport(content: content).run(files: [later])
        #expect(report.written == ["gazette/v022-064/issue.yml", "gazette/v022-064/ey-7.md"])
        let text = try String(contentsOf: content.appendingPathComponent("gazette/v022-064/ey-7.md"), encoding: .utf8)
        #expect(text.contains("\nrepublication: true\n"))
        let original = try String(contentsOf: content.appendingPathComponent("gazette/v022-063/ey-1.md"), encoding: .utf8)
        #expect(!original.contains("republication"))
        _ = try ContentLoader(root: content).load(includeDrafts: false)
    }

    @Test func anExistingSiteFileIsExtendedWithoutChangingWhatItSays() throws {
        let root = try folder()
        let content = root.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let site = """
        # 本市公報
        title: 高雄市政府電子公報
        baseURL: https://gazette.kcg.example.gov.tw/
        categories:
        - slug: regs
          name: 法規

        agencies:
        - slug: moi
          name: 內政部
        # 其他機關
        """
        try Data((site + "\n").utf8).write(to: content.appendingPathComponent("site.yml"))
        let file = try day("105-04-08.xml", [record([:]), record(["MetaId": "2", "PubGovName": "經濟部", "Doc_Style_LName": "處分"])], in: root)
        _ = try EYImport(content: content).run(files: [file])
        let text = try String(contentsOf: content.appendingPathComponent("site.yml"), encoding: .utf8)
        #expect(text.hasPrefix(site.components(separatedBy: "\n\nagencies:")[0] + "\n- slug: dispositions\n  name: \"處分\"\n\nagencies:\n- slug: moi\n  name: 內政部\n- slug: ag-"))
        let loaded = try ContentLoader(root: content).load(includeDrafts: false).content
        #expect(loaded.notices.first { $0.slug == "ey-1" }?.category == "regs")
        #expect(loaded.notices.first { $0.slug == "ey-1" }?.agency == "moi")
        #expect(loaded.site.agencies.map(\.name) == ["內政部", "經濟部"])
    }

    @Test func aFileThatIsNotAGazetteIsReportedWithItsLine() throws {
        let root = try folder()
        let broken = root.appendingPathComponent("105-04-08.xml")
        try Data("<Gazette>\n<Record><MetaId>1</Record>".utf8).write(to: broken)
        let report = try EYImport(content: root.appendingPathComponent("Content")).run(files: [broken.path])
        #expect(report.problems.map(\.description).first?.hasPrefix("\(broken.path):2:1: error: not well-formed XML") == true)
        #expect(!report.isComplete)
    }
}
