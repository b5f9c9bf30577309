@testable import GazetteCheck
import Testing

struct SiteAddressTests {
    let root = SiteAddress(baseURL: "https://gazette.example.gov.tw/")
    let nested = SiteAddress(baseURL: "https://www.example.gov.tw/kcg/gazette/")

    @Test func rootRelativeAndFolderLinks() {
        #expect(root.resolve("/gazette/", onPage: "index.html") == .file("gazette/index.html", fragment: nil))
        #expect(root.resolve("/", onPage: "tags/index.html") == .file("index.html", fragment: nil))
        #expect(root.resolve("/feed.xml", onPage: "index.html") == .file("feed.xml", fragment: nil))
    }

    @Test func relativeLinksAndDotSegments() {
        let page = "gazette/110-spring-001/notice/index.html"
        #expect(root.resolve("form.pdf", onPage: page) == .file("gazette/110-spring-001/notice/form.pdf", fragment: nil))
        #expect(root.resolve("../", onPage: page) == .file("gazette/110-spring-001/index.html", fragment: nil))
        #expect(root.resolve("./../../.", onPage: page) == .file("gazette/index.html", fragment: nil))
        #expect(root.resolve("../../../../../x/", onPage: page) == .file("x/index.html", fragment: nil))
    }

    @Test func queriesAndFragmentsAreSplitOff() {
        #expect(root.resolve("/search/?q=%E5%85%AC%E5%91%8A#results", onPage: "index.html")
            == .file("search/index.html", fragment: "results"))
        #expect(root.resolve("#main", onPage: "404.html") == .file("404.html", fragment: "main"))
        #expect(root.resolve("?page=2", onPage: "tags/index.html") == .file("tags/index.html", fragment: nil))
        #expect(root.resolve("/a/#", onPage: "index.html") == .file("a/index.html", fragment: nil))
    }

    @Test func percentEncodingIsDecoded() {
        #expect(root.resolve("/tags/%E5%A0%B4%E5%9C%B0/", onPage: "index.html") == .file("tags/場地/index.html", fragment: nil))
        #expect(root.resolve("/tags/場地/", onPage: "index.html") == .file("tags/場地/index.html", fragment: nil))
        #expect(root.resolve("/a%2", onPage: "index.html") == .badEncoding)
        #expect(root.resolve("/a%FF/", onPage: "index.html") == .badEncoding)
    }

    @Test func pagesWithEncodedFoldersResolveRelativeLinks() {
        #expect(root.urlPath(ofPage: "tags/場地/index.html") == "/tags/%E5%A0%B4%E5%9C%B0/")
        #expect(root.resolve("page/2/", onPage: "tags/場地/index.html") == .file("tags/場地/page/2/index.html", fragment: nil))
    }

    @Test func absoluteLinksToTheSiteAreCheckedAndOthersAreNot() {
        #expect(root.resolve("https://GAZETTE.example.gov.tw/feed.xml", onPage: "index.html") == .file("feed.xml", fragment: nil))
        #expect(root.resolve("//gazette.example.gov.tw/", onPage: "index.html") == .file("index.html", fragment: nil))
        #expect(root.resolve("https://law.moj.gov.tw/", onPage: "index.html") == .external)
        #expect(root.resolve("http://gazette.example.gov.tw/", onPage: "index.html") == .external)
        #expect(root.resolve("mailto:a@example.gov.tw", onPage: "index.html") == .external)
        #expect(root.resolve("tel:+886-7-1234567", onPage: "index.html") == .external)
    }

    @Test func theBasePathBoundsTheSite() {
        #expect(nested.basePath == "/kcg/gazette/")
        #expect(nested.urlPath(ofPage: "gazette/index.html") == "/kcg/gazette/gazette/")
        #expect(nested.resolve("/kcg/gazette/feed.xml", onPage: "index.html") == .file("feed.xml", fragment: nil))
        #expect(nested.resolve("/kcg/gazette", onPage: "index.html") == .file("index.html", fragment: nil))
        #expect(nested.resolve("/gazette/", onPage: "index.html") == .outsideSite(path: "/gazette/"))
        #expect(nested.resolve("../", onPage: "index.html") == .outsideSite(path: "/kcg/"))
        #expect(nested.resolve("https://www.example.gov.tw/kcg/gazette/tags/", onPage: "index.html")
            == .file("tags/index.html", fragment: nil))
    }
}
