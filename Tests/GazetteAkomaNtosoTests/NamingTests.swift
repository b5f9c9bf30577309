@testable import GazetteAkomaNtoso
import GazetteContent
import Testing

struct NamingTests {
    private func settings(_ extra: String = "") throws -> SiteSettings {
        try SiteSettings.read(path: "site.yml", text: """
            title: 測試公報
            baseURL: https://gazette.example.gov.tw/
            \(extra)
            categories:
              - {slug: regulations, name: 法規}
              - {slug: rules, name: 行政規則}
            agencies:
              - {slug: a01, name: 法制局}
            """)
    }

    private func notice(category: String) -> Notice {
        Notice(slug: "fee-rules", issueSlug: "110-spring-001", title: "收費標準", category: category, agency: "a01",
               number: "", date: CivilDate(iso: "2021-03-04")!, body: "", sourcePath: "fee-rules.md")
    }

    @Test func legislationIsAnActAndAdministrativeRulesAreDocs() throws {
        let site = try settings("locality: khh")
        let names = FRBRNames(site)
        let act = notice(category: "regulations")
        let rule = notice(category: "rules")
        #expect(DocumentType(act, site: site) == .act)
        #expect(DocumentType(rule, site: site) == .doc)
        let work = names.work(of: act, type: .act)
        #expect(work.uri == "/akn/tw-khh/act/2021-03-04/110-spring-001.fee-rules")
        #expect(work.expression == work.uri + "/zho@")
        #expect(work.manifestationThis == work.uri + "/zho@/!main.xml")
        #expect(names.work(of: rule, type: .doc).uri.hasPrefix("/akn/tw-khh/doc/rules/2021-03-04/"))
    }

    @Test func withoutLocalityTheJurisdictionIsTaiwan() throws {
        let names = FRBRNames(try settings())
        #expect(names.jurisdiction == "tw")
        #expect(names.work(of: notice(category: "rules"), type: .doc).uri.hasPrefix("/akn/tw/doc/"))
    }

    @Test func aLocalityMustBeASubdivisionCode() {
        for bad in ["KHH", "tw-khh", "kaohsiung", "k h"] {
            #expect(throws: DiagnosticError.self, "\(bad)") { try settings("locality: \"\(bad)\"") }
        }
    }
}
