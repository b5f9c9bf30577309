import Foundation
import GazetteContent
import GazetteSite
import GazetteTemplates
import Testing

struct TemplateRenderingTests {
    /// A user's templates folder holding `files`, loaded over the defaults.
    private func templates(_ files: [String: String]) throws -> TemplateSet {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return try TemplateSet.load(overrides: folder, displayPath: "Theme")
    }

    @Test func variablesAreEscapedInTemplatesPartialsAndLayouts() throws {
        let set = try templates([
            "probe.mustache": "{{<frame}}{{$inner}}{{text}}|{{{text}}}|{{#list}}{{> item}}{{/list}}{{/inner}}{{/frame}}",
            "frame.mustache": "<b title=\"{{text}}\">{{$inner}}{{/inner}}</b>",
            "partials/item.mustache": "[{{.}}]\n",
        ])
        let text = "<公告 a=\"1\" b='2'> & 😀"
        let rendered = set.render("probe", ["text": text, "list": ["x<y", "安全"]])
        let escaped = "&lt;公告 a=&quot;1&quot; b=&#39;2&#39;&gt; &amp; 😀"
        #expect(rendered == "<b title=\"\(escaped)\">\(escaped)|\(text)|[x&lt;y]\n[安全]\n</b>")
    }

    @Test func templateErrorsKeepTheirOwnLineAndColumn() throws {
        let error = #expect(throws: DiagnosticError.self) {
            try templates(["home.mustache": "ok {{/oops}}\n", "notice.mustache": "<p>\n{{#notice}}{{/nothing}}\n"])
        }
        let locations = error?.diagnostics.map { "\($0.location)" } ?? []
        #expect(locations.contains("Theme/home.mustache:1:7"))
        #expect(locations.contains("Theme/notice.mustache:2:15"))
    }

    @Test func excerptsJoinLinesAndStopAtTheLimit() {
        #expect(NoticeTexts.excerpt(of: "\n\n第一行\n\n第二行\n") == "第一行 第二行")
        #expect(NoticeTexts.excerpt(of: "一二三四五", limit: 5) == "一二三四五")
        #expect(NoticeTexts.excerpt(of: "一二三\n四五六", limit: 5) == "一二三 四…")
        #expect(NoticeTexts.excerpt(of: "一二三四五\n", limit: 5) == "一二三四五")
        #expect(NoticeTexts.excerpt(of: "一二三四五\n六", limit: 5) == "一二三四五…")
    }
}
