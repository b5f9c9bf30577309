import Foundation
@testable import GazetteContent
import Testing

/// The front matter keys that imported records need: an optional number, re-publications, the
/// English title, the sub-type, the source record and the classification codes.
struct NoticeKeysTests {
    private static let extra = "Content/gazette/110-spring-002/extra.md"
    /// The number of `110-spring-001/venue-rules.md`, the earliest notice of `Fixture.valid()`.
    private static let venueNumber = "高市府行國字第11030123400號"

    private func load(_ fixture: Fixture) throws(DiagnosticError) -> Content {
        try ContentLoader(root: fixture.root.appendingPathComponent("Content"), displayRoot: "Content").load(includeDrafts: false).content
    }

    private func diagnostics(_ fixture: Fixture) -> [String] {
        do {
            _ = try load(fixture)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    private func notice(_ slug: String, in content: Content) throws -> Notice {
        try #require(content.notices.first { $0.slug == slug })
    }

    @Test func aNoticeMayHaveNoNumber() throws {
        let fixture = try Fixture.valid()
        try fixture.write(Self.extra, Fixture.notice(title: "無文號公告", number: nil, date: "2021-01-19"))
        try fixture.write("Content/gazette/110-spring-002/other.md", Fixture.notice(title: "另一則無文號公告", number: nil, date: "2021-01-19"))
        let content = try load(fixture)
        let loaded = try notice("extra", in: content)
        #expect(loaded.number == "")
        #expect(loaded.numbers == [])
        #expect(try notice("other", in: content).numbers == [])
    }

    @Test func theNewKeysAreRead() throws {
        let fixture = try Fixture.valid()
        try fixture.write(Self.extra, Fixture.notice(title: "預告訂定「某某辦法」草案", number: "院臺規字第1130000001號", date: "2021-01-19", extra: """
            titleEnglish: "Draft of the Regulations on Something"
            subtype: 法規命令草案之預告
            source: {id: 4630, url: "http://gazette.nat.gov.tw/egFront/detail.do?metaid=4630&log=detailLog"}
            classification:
              theme: "540"
              cake: ["130", "010", "130"]

            """))
        let loaded = try notice("extra", in: try load(fixture))
        #expect(loaded.titleEnglish == "Draft of the Regulations on Something")
        #expect(loaded.subtype == "法規命令草案之預告")
        #expect(loaded.source == NoticeSource(id: "4630", url: "http://gazette.nat.gov.tw/egFront/detail.do?metaid=4630&log=detailLog"))
        #expect(loaded.classification == NoticeClassification(theme: ["540"], cake: ["130", "010"], service: []))
        #expect(!loaded.isRepublication)
        let plain = try notice("service", in: try load(fixture))
        #expect(plain.titleEnglish == nil && plain.subtype == nil && plain.source == nil)
        #expect(plain.classification == NoticeClassification())
    }

    @Test func aSourceAddressIsLinkedPercentEncoded() throws {
        let fixture = try Fixture.valid()
        try fixture.write(Self.extra, Fixture.notice(title: "x", number: "N1", date: "2021-01-19",
                                                     extra: "source:\n  id: A-1\n  url: HTTPS://example.gov.tw/查詢?q=公告#一\n"))
        #expect(try notice("extra", in: try load(fixture)).source
            == NoticeSource(id: "A-1", url: "HTTPS://example.gov.tw/%E6%9F%A5%E8%A9%A2?q=%E5%85%AC%E5%91%8A#%E4%B8%80"))
    }

    @Test func aSourceNeedsAnIdAndAnHTTPAddress() throws {
        let fixture = try Fixture.valid()
        try fixture.write(Self.extra, Fixture.notice(title: "x", number: "N1", date: "2021-01-19",
                                                     extra: "source:\n  url: \"javascript:alert(1)\"\n  name: 行政院公報\n"))
        try fixture.write("Content/gazette/110-spring-002/spaced.md", Fixture.notice(title: "x", number: "N2", date: "2021-01-19",
                                                                                     extra: "source: {id: \"7\", url: \"https://a.gov.tw/x y\"}\n"))
        try fixture.write("Content/gazette/110-spring-002/hostless.md", Fixture.notice(title: "x", number: "N3", date: "2021-01-19",
                                                                                       extra: "source: {id: \"8\", url: \"https:///x\"}\n"))
        try fixture.write("Content/gazette/110-spring-002/flat.md", Fixture.notice(title: "x", number: "N4", date: "2021-01-19",
                                                                                   extra: "source: 4630\n"))
        #expect(diagnostics(fixture) == [
            "Content/gazette/110-spring-002/extra.md:8:3: error: missing required field 'id' in source",
            "Content/gazette/110-spring-002/extra.md:8:8: error: 'javascript:alert(1)' is not an absolute http(s) URL; write it like https://gazette.example.gov.tw/",
            "Content/gazette/110-spring-002/extra.md:9:3: error: unknown field 'name'; valid fields are: id, url",
            "Content/gazette/110-spring-002/flat.md:7:9: error: 'source' must be a mapping of 'key: value' lines indented below 'source:'",
            "Content/gazette/110-spring-002/hostless.md:7:24: error: 'https:///x' is not an absolute http(s) URL; write it like https://gazette.example.gov.tw/",
            "Content/gazette/110-spring-002/spaced.md:7:24: error: 'https://a.gov.tw/x y' is not an absolute http(s) URL; write it like https://gazette.example.gov.tw/",
        ])
    }

    @Test func wrongTypesAreReportedWhereTheyAreWritten() throws {
        let fixture = try Fixture.valid()
        try fixture.write(Self.extra, Fixture.notice(title: "x", number: "N1", date: "2021-01-19", extra: """
            titleEnglish: [a, b]
            subtype: {a: b}
            republication: yes
            classification:
              theme: {code: 540}
              cake: [[1]]
              services: ["1"]

            """))
        try fixture.write("Content/gazette/110-spring-002/listed.md", Fixture.notice(title: "x", number: "N2", date: "2021-01-19",
                                                                                     extra: "classification: [540]\n"))
        #expect(diagnostics(fixture) == [
            "Content/gazette/110-spring-002/extra.md:7:15: error: 'titleEnglish' must be a single text value",
            "Content/gazette/110-spring-002/extra.md:8:10: error: 'subtype' must be a single text value",
            "Content/gazette/110-spring-002/extra.md:9:16: error: 'republication' must be true or false",
            "Content/gazette/110-spring-002/extra.md:11:10: error: 'theme' must be a single text value",
            // As for `agency`, a list left without any usable entry is also said to be empty.
            "Content/gazette/110-spring-002/extra.md:12:9: error: 'cake' must not be empty",
            "Content/gazette/110-spring-002/extra.md:12:10: error: 'cake' must be a list of non-empty text values",
            "Content/gazette/110-spring-002/extra.md:13:3: error: unknown field 'services'; valid fields are: theme, cake, service",
            "Content/gazette/110-spring-002/listed.md:7:17: error: 'classification' must be a mapping of 'key: value' lines indented below 'classification:'",
        ])
    }

    @Test func aRepublicationNeedsANumber() throws {
        let fixture = try Fixture.valid()
        try fixture.write(Self.extra, Fixture.notice(title: "x", number: nil, date: "2021-01-19", extra: "republication: true\n"))
        #expect(diagnostics(fixture) == [
            "Content/gazette/110-spring-002/extra.md:6:16: error: 'republication: true' needs the document number the document was first published under; add 'number', or remove 'republication'",
        ])
    }

    @Test func aRepeatedNumberIsAnErrorWithoutRepublication() throws {
        let fixture = try Fixture.valid()
        try fixture.write(Self.extra, Fixture.notice(title: "x", number: Self.venueNumber, date: "2021-01-19"))
        #expect(diagnostics(fixture) == [
            "Content/gazette/110-spring-002/extra.md:5:9: error: duplicate document number '\(Self.venueNumber)'; already used at Content/gazette/110-spring-001/venue-rules.md:5:9; each 發文字號 must be unique in the site, unless this notice publishes that document again: then add 'republication: true'",
        ])
    }

    @Test func aRepublicationRepeatsTheNumbersOfAnEarlierNotice() throws {
        let fixture = try Fixture.valid()
        try fixture.write(Self.extra, Fixture.notice(title: "更正", number: Self.venueNumber, date: "2021-01-19",
                                                     extra: "republication: true\n"))
        // A republication of a republication repeats the number once more.
        try fixture.write("Content/gazette/110-spring-003/issue.yml", "title: 110年春字第3期\ndate: 2021-02-03\n")
        try fixture.write("Content/gazette/110-spring-003/again.md", Fixture.notice(title: "再更正", number: Self.venueNumber, date: "2021-02-01",
                                                                                    extra: "republication: true\n"))
        let content = try load(fixture)
        #expect(try notice("extra", in: content).isRepublication)
        #expect(content.notices.filter { $0.number == Self.venueNumber }.map(\.slug) == ["again", "extra", "venue-rules"])
    }

    @Test func aRepublicationOfANumberNoEarlierNoticeHasIsAnError() throws {
        let fixture = try Fixture.valid()
        try fixture.write(Self.extra, Fixture.notice(title: "x", number: "N1", date: "2021-01-19",
                                                     extra: "republication: true\n"))
        // Published before the notice it claims to republish: both are wrong, and both are said.
        try fixture.write("Content/gazette/110-spring-001/early.md", Fixture.notice(title: "x", number: "高市法字第11030000100號",
                                                                                    date: "2021-01-05", extra: "republication: true\n"))
        #expect(diagnostics(fixture) == [
            "Content/gazette/110-spring-001/early.md:7:16: error: 'republication: true' but no earlier notice has the document number '高市法字第11030000100號'; a re-publication repeats the number of a notice published before it (in an earlier issue, or before it in the same issue); correct 'number', or remove 'republication'",
            "Content/gazette/110-spring-002/extra.md:7:16: error: 'republication: true' but no earlier notice has the document number 'N1'; a re-publication repeats the number of a notice published before it (in an earlier issue, or before it in the same issue); correct 'number', or remove 'republication'",
            "Content/gazette/110-spring-002/service.md:5:9: error: duplicate document number '高市法字第11030000100號'; already used at Content/gazette/110-spring-001/early.md:5:9; each 發文字號 must be unique in the site, unless this notice publishes that document again: then add 'republication: true'",
        ])
    }

    @Test func withinAnIssueThePrintedOrderSaysWhichCameFirst() throws {
        let fixture = try Fixture.valid()
        // announcements are printed after regulations (site.yml order), whatever the file names.
        try fixture.write("Content/gazette/110-spring-001/a-correction.md",
                          Fixture.notice(title: "x", category: "announcements", number: Self.venueNumber, date: "2021-01-04",
                                         extra: "republication: true\n"))
        #expect(diagnostics(fixture) == [])
        try fixture.write("Content/gazette/110-spring-001/a-correction.md",
                          Fixture.notice(title: "x", category: "regulations", number: Self.venueNumber, date: "2021-01-03",
                                         extra: "republication: true\n"))
        #expect(diagnostics(fixture).count == 2)
    }

    @Test func aRepublicationMayNotRepeatItsOwnNumber() throws {
        let fixture = try Fixture.valid()
        try fixture.write(Self.extra, Fixture.notice(title: "x", number: nil, date: "2021-01-19", extra: """
            number: ["\(Self.venueNumber)", "\(Self.venueNumber)"]
            republication: true

            """))
        #expect(diagnostics(fixture) == [
            "Content/gazette/110-spring-002/extra.md:6:33: error: duplicate document number '\(Self.venueNumber)'; already used at Content/gazette/110-spring-002/extra.md:6:10; each 發文字號 must be unique in the site",
        ])
    }

    @Test func theCacheKeepsTheNewKeys() throws {
        let fixture = try Fixture.valid()
        try fixture.write(Self.extra, Fixture.notice(title: "x", number: Self.venueNumber, date: "2021-01-19", extra: """
            titleEnglish: Correction
            subtype: 更正
            republication: true
            source: {id: "4630", url: "https://gazette.nat.gov.tw/x?id=4630"}
            classification: {theme: "540", cake: ["1", "2"], service: "9"}
            corrects: {number: "府法字第10900001號", outside: true, citation: 109年冬字第3期}
            amends: [{number: "府法字第10900002號", outside: true, citation: 109年冬字第4期}]
            effective: 1911-01-01
            retroactive: true
            comments: {until: 2021-02-01, to: 法制局}

            """))
        try fixture.write("Content/gazette/110-spring-002/bare.md", Fixture.notice(title: "y", number: nil, date: "2021-01-19"))
        let parsed = try load(fixture)
        // Stored and read back as a later build does: every field must come back as it was parsed.
        let file = fixture.root.appendingPathComponent("cache/notices")
        let stamp = FileStamp(size: 1, inode: 2, modified: 3, changed: 4)
        let writing = NoticeCache(file: file)
        writing.open(settings: "site")
        for slug in ["extra", "bare"] { writing.store(try notice(slug, in: parsed), at: slug, sourceHash: 7, stamp: stamp) }
        writing.save()
        let reading = NoticeCache(file: file)
        reading.open(settings: "site")
        for slug in ["extra", "bare"] {
            let fromCache = try #require(reading.notice(at: slug, sourceHash: 7, stamp: stamp))
            // Paths, the body and the fingerprint are not stored: the loader puts them back.
            var expected = try notice(slug, in: parsed)
            expected.body = ""
            expected.sourcePath = ""
            expected.numberLocation.path = ""
            for index in expected.numberLocations.indices { expected.numberLocations[index].path = "" }
            expected.republicationLocation.path = ""
            expected.lifecycle.relocate(to: "")
            expected.fingerprint = 0
            #expect(fromCache == expected)
        }
        #expect(try notice("extra", in: parsed).republicationLocation == SourceLocation(path: Self.extra, line: 9, column: 16))
    }
}
