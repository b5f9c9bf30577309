import Foundation
import GazetteContent
import Testing

/// Each kind of bad input is reported at the editor's file, line and column, with what would be right.
struct ContentLoaderTests {
    private func diagnostics(_ fixture: Fixture) -> [Diagnostic] {
        do {
            _ = try ContentLoader(root: fixture.root.appendingPathComponent("Content"), displayRoot: "Content").load(includeDrafts: false)
            return []
        } catch {
            return error.diagnostics
        }
    }

    private func single(_ fixture: Fixture) throws -> Diagnostic {
        let found = diagnostics(fixture)
        #expect(found.count == 1, "\(found)")
        return try #require(found.first)
    }

    @Test func loadsAValidTreeInPublicationOrder() throws {
        let fixture = try Fixture.valid()
        let result = try ContentLoader(root: fixture.root.appendingPathComponent("Content")).load(includeDrafts: false)
        #expect(result.content.issues.map(\.slug) == ["110-spring-002", "110-spring-001"])
        #expect(result.content.notices.map(\.slug) == ["service", "venue-rules", "mediation"])
        #expect(result.content.notices[1].tags == ["場地管理", "行政中心"])
        #expect(result.content.notices[1].attachments.first?.fileName == "apply form.csv")
        let withDrafts = try ContentLoader(root: fixture.root.appendingPathComponent("Content")).load(includeDrafts: true)
        #expect(withDrafts.content.notices.contains { $0.slug == "draft" && $0.isDraft })
    }

    @Test func unknownCategoryListsTheValidOnes() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Content/gazette/110-spring-001/mediation.md",
                          Fixture.notice(title: "x", category: "notices", number: "N1", date: "2021-01-05"))
        let diagnostic = try single(fixture)
        #expect(diagnostic.description == "Content/gazette/110-spring-001/mediation.md:3:11: error: unknown category 'notices'; valid categories (site.yml): regulations, rules, orders, announcements, service")
    }

    @Test func unknownAgencyListsTheValidOnes() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Content/gazette/110-spring-001/mediation.md",
                          Fixture.notice(title: "x", agency: "zz", number: "N1", date: "2021-01-05"))
        let diagnostic = try single(fixture)
        #expect(diagnostic.location.line == 4)
        #expect(diagnostic.problem == .unknownAgency("zz", valid: ["a01", "a02"]))
    }

    @Test func missingRequiredFieldIsNamed() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Content/gazette/110-spring-001/mediation.md", "---\ntitle: x\ncategory: rules\nagency: a01\nnumber: N1\n---\n")
        let diagnostic = try single(fixture)
        #expect(diagnostic.problem == .missingField("date", in: "front matter"))
        #expect(diagnostic.location.path == "Content/gazette/110-spring-001/mediation.md")
    }

    @Test func impossibleDateIsRejectedAtItsLine() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Content/gazette/110-spring-001/mediation.md",
                          Fixture.notice(title: "x", number: "N1", date: "2021-02-30"))
        let diagnostic = try single(fixture)
        #expect(diagnostic.description.hasPrefix("Content/gazette/110-spring-001/mediation.md:6:7: error: invalid date '2021-02-30'"))
    }

    @Test func duplicateNumberNamesBothFiles() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Content/gazette/110-spring-002/copy.md",
                          Fixture.notice(title: "x", number: "高市府行國字第11030123400號", date: "2021-01-05"))
        let diagnostic = try single(fixture)
        #expect(diagnostic.location.path == "Content/gazette/110-spring-002/copy.md")
        #expect(diagnostic.location.line == 5)
        #expect(diagnostic.description.contains("already used at Content/gazette/110-spring-001/venue-rules.md:5:9"))
    }

    @Test func attachmentsMustExistInsideTheIssue() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Content/secret.txt", "x")
        try fixture.write("Content/gazette/110-spring-001/mediation.md",
                          Fixture.notice(title: "x", number: "N1", date: "2021-01-05",
                                         extra: "attachments:\n  - title: a\n    file: files/none.pdf\n  - title: b\n    file: ../../secret.txt\n"))
        let found = diagnostics(fixture)
        #expect(found.map(\.problem) == [.attachmentMissing("files/none.pdf"), .attachmentEscapesIssue("../../secret.txt")])
        #expect(found.map(\.location.line) == [9, 11])
    }

    @Test func symlinkOutOfTheIssueIsAnEscape() throws {
        let fixture = try Fixture.valid()
        try fixture.write("outside.pdf", "x")
        try FileManager.default.createSymbolicLink(atPath: fixture.root.appendingPathComponent("Content/gazette/110-spring-001/files/link.pdf").path,
                                                   withDestinationPath: fixture.root.appendingPathComponent("outside.pdf").path)
        try fixture.write("Content/gazette/110-spring-001/mediation.md",
                          Fixture.notice(title: "x", number: "N1", date: "2021-01-05", extra: "attachments:\n  - title: a\n    file: files/link.pdf\n"))
        #expect(try single(fixture).problem == .attachmentEscapesIssue("files/link.pdf"))
    }

    @Test func malformedSiteFileStopsWithItsPosition() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Content/site.yml", "title: x\ncategories: [a, b\n")
        let diagnostic = try single(fixture)
        #expect(diagnostic.location.path == "Content/site.yml")
        #expect(diagnostic.description.contains("malformed YAML"))
    }

    @Test func everyErrorOfTheBuildIsReported() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Content/gazette/110-spring-001/a.md", Fixture.notice(title: "x", category: "bad", number: "A", date: "2021-01-05"))
        try fixture.write("Content/gazette/110-spring-001/b.md", "no front matter\n")
        try fixture.write("Content/gazette/110-spring-001/c.md", Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF]))
        try fixture.write("Content/gazette/110-spring-001/d.md", "---\ntitle: x\n")
        let problems = diagnostics(fixture).map(\.problem)
        #expect(problems.count == 4)
        #expect(problems.contains(.missingFrontMatter))
        #expect(problems.contains(.notUTF8))
        #expect(problems.contains(.unclosedFrontMatter))
    }

    @Test func unknownFieldsAndWrongTypesAreRejected() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Content/gazette/110-spring-001/mediation.md",
                          Fixture.notice(title: "x", number: "N1", date: "2021-01-05", extra: "catgory: rules\ntags: 場地\ndraft: yes\n"))
        let problems = diagnostics(fixture).map(\.problem)
        #expect(problems.contains(.unknownField("catgory", valid: ["title", "category", "agency", "number", "date", "tags", "summary", "attachments", "draft",
                                                                  "signers", "delegation", "titleEnglish", "subtype", "republication",
                                                                  "source", "classification", "corrects", "amends", "repeals",
                                                                  "regulation", "effective", "retroactive", "comments"])))
        #expect(problems.contains { if case .wrongType(field: "tags", _) = $0 { true } else { false } })
        #expect(problems.contains(.wrongType(field: "draft", expected: "true or false")))
    }

    @Test func yamlAliasesAreRefusedBeforeExpansion() throws {
        let fixture = try Fixture.valid()
        let bomb = (1...9).map { "l\($0): &l\($0) [" + Array(repeating: "*l\($0 - 1)", count: 9).joined(separator: ",") + "]" }
        try fixture.write("Content/gazette/110-spring-001/mediation.md",
                          "---\nl0: &l0 x\n" + bomb.joined(separator: "\n") + "\n---\n")
        let diagnostic = try single(fixture)
        #expect(diagnostic.problem == .yamlAliasesNotAllowed)
        #expect(diagnostic.location.line == 2)
    }

    @Test func asterisksInsideTextAreNotAliases() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Content/gazette/110-spring-001/mediation.md",
                          Fixture.notice(title: "*重要* & 公告", number: "N*1", date: "2021-01-05",
                                         extra: "summary: |\n  * 第一點\n  & 第二點\n"))
        #expect(diagnostics(fixture).isEmpty)
    }

    @Test func tabIndentationSaysToUseSpaces() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Content/gazette/110-spring-001/mediation.md",
                          Fixture.notice(title: "x", number: "N1", date: "2021-01-05", extra: "tags:\n\t- 標籤\n"))
        let diagnostic = try single(fixture)
        #expect(diagnostic.location.line == 8)
        #expect(diagnostic.description.hasSuffix("indent with spaces: YAML does not allow tabs for indentation"))
    }

    @Test func slugsAreLowercaseASCII() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Content/gazette/110-spring-001/Bad Name.md", Fixture.notice(title: "x", number: "N9", date: "2021-01-05"))
        #expect(try single(fixture).problem == .invalidSlug("Bad Name.md", what: "notice file name"))
    }
}
