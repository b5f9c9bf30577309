import Foundation
@testable import GazetteCheck
import Testing

/// A small output tree on disk with good and broken links of every kind the checker handles.
struct LinkCheckerTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-check-\(UUID().uuidString)")
        try write("index.html", page("""
        <a href="#main">skip</a><main id="main">
        <a href="/gazette/">issues</a> <a href="gazette/a/">relative</a> <a href="/tags/%E5%A0%B4%E5%9C%B0/">tag</a>
        <a href="/gazette">folder without slash</a> <a href="https://elsewhere.example.org/missing/">external</a>
        <a href="mailto:x@example.gov.tw">mail</a> <img src="/assets/logo.png" alt="" srcset="/assets/logo.png 1x, /assets/logo@2x.png 2x">
        <a href="https://gazette.example.gov.tw/feed.xml">feed</a> <a href="/search/?q=1">search</a>
        <!-- <a href="/commented-out/"> -->
        </main>
        """))
        try write("gazette/index.html", page(#"<a href="a/#top">a</a> <a href="a/form.pdf">form</a>"#))
        try write("gazette/a/index.html", page(#"<h1 id="top">A</h1><a href="../">up</a> <a href="../b/">missing</a>"#))
        try write("gazette/a/form.pdf", "%PDF-1.4")
        try write("tags/場地/index.html", page(#"<a href="../../gazette/a/#nowhere">bad fragment</a> <a href="/a%zz">bad</a>"#))
        try write("search/index.html", page(#"<form action="/search/"><input name="q"></form>"#))
        try write("d/1/index.html", #"<meta http-equiv="refresh" content="0; url=/gazette/gone/">"#)
        try write("assets/logo.png", "png")
        try write("feed.xml", "<feed/>")
    }

    private func page(_ body: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"zh-Hant-TW\"><head><title>t</title></head><body>\n\(body)\n</body></html>\n"
    }

    private func write(_ path: String, _ text: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func findsExactlyTheBrokenLinks() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try LinkChecker(output: folder, baseURL: "https://gazette.example.gov.tw/").check()
        let found = report.broken.map { "\($0.page) \($0.reference): \($0.problem)" }
        #expect(found == [
            "d/1/index.html /gazette/gone/: no file gazette/gone/index.html in the output",
            "gazette/a/index.html ../b/: no file gazette/b/index.html in the output",
            "index.html /assets/logo@2x.png: no file assets/logo@2x.png in the output",
            "tags/場地/index.html ../../gazette/a/#nowhere: no id 'nowhere' on gazette/a/index.html",
            "tags/場地/index.html /a%zz: the address is not valid percent-encoded UTF-8",
        ])
        #expect(report.pageCount == 6)
        #expect(report.linkCount == 18)
        #expect(report.broken.first { $0.page == "gazette/a/index.html" }?.line == 3)
    }

    @Test func aSubPathSiteMustNotLinkToTheServerRoot() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try LinkChecker(output: folder, baseURL: "https://www.example.gov.tw/kcg/").check()
        #expect(report.broken.contains { $0.reference == "/gazette/" && $0.problem == .outsideSite(path: "/gazette/", basePath: "/kcg/") })
        #expect(!report.broken.contains { $0.reference == "gazette/a/" })
    }

    @Test func aMissingOutputFolderIsAnError() {
        #expect(throws: LinkCheckError.self) {
            try LinkChecker(output: folder.appendingPathComponent("none"), baseURL: "https://x.example/").check()
        }
    }
}
