import Foundation
import GazetteContent
import GazetteSite
import GazetteTemplates
import Testing

/// The national rule's elements and the schema.org graph of a page, from a real content folder.
struct PageMetadataTests {
    private func site(siteExtra: String = "", files: [String: String] = [:]) throws -> SiteContext {
        let fixture = try Fixture.valid()
        try fixture.write("Content/site.yml", Fixture.siteYAML + siteExtra)
        for (path, text) in files { try fixture.write(path, text) }
        let content = try ContentLoader(root: fixture.root.appendingPathComponent("Content"), displayRoot: "Content")
            .load(includeDrafts: false).content
        return SiteContext(content: content, urls: SiteURLs(baseURL: content.site.baseURL), templates: try TemplateSet.defaults())
    }

    private func position(of slug: String, in site: SiteContext) -> Int {
        site.content.notices.firstIndex { $0.slug == slug }!
    }

    private func metadata(of slug: String, in site: SiteContext) -> PageMetadata {
        let position = position(of: slug, in: site)
        let notice = site.content.notices[position]
        return PageMetadata(.notice(position), title: notice.title, description: "摘要", segments: SiteURLs.notice(notice),
                            breadcrumbs: [Breadcrumb("首頁", "/"), Breadcrumb(notice.title)], in: site)
    }

    @Test func aNoticeTakesTheCodesItLacksFromItsCategoryThenItsAgencyThenTheSite() throws {
        let site = try site(siteExtra: """
            publisher: 高雄市政府
            agencyCode: 397000000A
            rights: 高雄市政府
            classification: {theme: "920", cake: J32, service: I4Z}
            """, files: [:])
        let elements = metadata(of: "mediation", in: site).elements
        #expect(elements.filter { $0.name == "Category.Theme" }.map(\.content) == ["920"])
        #expect(elements.first { $0.name == "DC.Identifier" }?.content == "397000000A")

        let withCategoryCodes = try self.site(siteExtra: "classification: {theme: \"920\"}\n", files: [
            "Content/site.yml": Fixture.siteYAML.replacingOccurrences(
                of: "    name: 公告\n", with: "    name: 公告\n    classification: {theme: [\"540\", \"550\"], cake: \"130\"}\n")
                + "classification: {theme: \"920\", cake: J32}\n",
        ])
        let codes = metadata(of: "mediation", in: withCategoryCodes).elements
        #expect(codes.filter { $0.name == "Category.Theme" }.map(\.content) == ["540", "550"])
        #expect(codes.filter { $0.name == "Category.Cake" }.map(\.content) == ["130"])
        #expect(!codes.contains { $0.name == "Category.Service" })
    }

    @Test func elementsFollowTheRuleSOrderAndEmptyOnesAreLeftOut() throws {
        let site = try site()
        let elements = metadata(of: "venue-rules", in: site).elements
        let order = elements.map(\.name).map { DublinCore.names.firstIndex(of: $0)! }
        #expect(order == order.sorted())
        #expect(elements.first { $0.name == "DC.Type" }?.content == "法規")
        #expect(!elements.contains { $0.name == "DC.Publisher" || $0.name == "DC.Identifier" })
        #expect(DublinCore.missing(from: elements).contains("DC.Identifier"))
        #expect(elements.filter { $0.name == "DC.Keywords" }.map(\.content).prefix(2) == ["場地管理", "行政中心"])
    }

    @Test func legislationAndArticlesAreTypedByCategory() throws {
        let site = try site()
        let regulation = metadata(of: "venue-rules", in: site).linkedData
        let announcement = metadata(of: "mediation", in: site).linkedData
        #expect(regulation.contains(#""@type":"Legislation""#) && regulation.contains(#""legislationIdentifier":"高市府行國字第11030123400號""#))
        #expect(announcement.contains(#""@type":"Article""#) && announcement.contains(#""articleSection":"公告""#))
        #expect(!announcement.contains("legislation"))
    }

    @Test func hostileTextCannotEndTheScriptElement() throws {
        let site = try site(files: [
            "Content/gazette/110-spring-001/mediation.md": Fixture.notice(
                title: #"</script><script>alert(1)</script>\" & <!--"#, number: "高市府行國消字第11070000300號", date: "2021-01-05"),
        ])
        let page = metadata(of: "mediation", in: site)
        #expect(!page.linkedData.lowercased().contains("</script") && !page.linkedData.contains("<!--"))
        #expect(page.linkedData.contains(#"\u003c/script\u003e"#))
        let data = try #require(page.linkedData.data(using: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let graph = try #require(object["@graph"] as? [[String: Any]])
        #expect(graph.contains { ($0["name"] as? String) == #"</script><script>alert(1)</script>" & <!--"# })
    }
}
