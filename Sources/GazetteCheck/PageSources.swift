import GazetteSite

/// Which file an editor opens to fix a page: a notice's Markdown for its page and its short
/// link, an issue's issue.yml for the issue page, otherwise the template that lays the page out.
/// Pages of parts it does not know (nil) are named by their output file.
public struct PageSources: Sendable {
    private let contentFiles: [String: String]
    private let templatesPath: String

    /// The first folder of a list page, and the template of its index and of its lists.
    private static let groupings: Set<String> = ["categories", "agencies", "tags", "archive"]
    private static let fixedPages: [String: String] = [
        "index.html": "home", "404.html": "not-found", "gazette/index.html": "issues",
        "accessibility/index.html": "accessibility",
    ]

    public init(site: SiteContext, templatesDisplayPath: String) {
        var files: [String: String] = [:]
        for notice in site.content.notices {
            files[outputPath(SiteURLs.notice(notice))] = notice.sourcePath
        }
        // A short link is made from the first notice with the number, not from its re-publications.
        for (number, position) in site.index.firstWithNumber {
            files[outputPath(SiteURLs.shortLink(number))] = site.content.notices[position].sourcePath
        }
        for issue in site.content.issues {
            files[outputPath(SiteURLs.issue(issue.slug))] = issue.sourcePath
        }
        contentFiles = files
        templatesPath = templatesDisplayPath.hasSuffix("/") ? String(templatesDisplayPath.dropLast()) : templatesDisplayPath
    }

    public func source(ofPage page: String) -> String? {
        if let file = contentFiles[page] { return file }
        guard let template = Self.template(ofPage: page) else { return nil }
        return "\(templatesPath)/\(template).mustache"
    }

    /// Whether the source is an editor's content file (which may hold the link itself).
    public func isContent(_ source: String) -> Bool {
        !source.hasSuffix(".mustache")
    }

    private static func template(ofPage page: String) -> String? {
        if let name = fixedPages[page] { return name }
        let segments = page.split(separator: "/")
        guard let first = segments.first, groupings.contains(String(first)), page.hasSuffix("index.html") else { return nil }
        return segments.count == 2 ? "terms" : "list"
    }
}
