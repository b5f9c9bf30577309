import GazetteContent

/// Where every page lives: on disk (relative to the output folder) and on the web
/// (root-relative for links, absolute for feeds, sitemaps and canonical links).
public struct SiteURLs: Sendable {
    /// Ends with '/'.
    public let baseURL: String
    /// The path part of the base URL, e.g. "/" or "/gazette/"; every link starts with it.
    public let basePath: String

    public init(baseURL: String) {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.baseURL = base
        if let scheme = base.range(of: "://"), let slash = base[scheme.upperBound...].firstIndex(of: "/") {
            basePath = String(base[slash...])
        } else {
            basePath = "/"
        }
    }

    /// A link to a folder or file given as raw path segments; segments are percent-encoded here.
    public func link(_ segments: [String], file: String? = nil) -> String {
        basePath + encodedPath(segments, file: file)
    }

    public func absolute(_ segments: [String], file: String? = nil) -> String {
        baseURL + encodedPath(segments, file: file)
    }

    /// A root-relative link made absolute.
    public func absolute(link: String) -> String {
        baseURL + link.dropFirst(basePath.count)
    }

    private func encodedPath(_ segments: [String], file: String?) -> String {
        var path = segments.map { PercentEncoding.pathSegment($0) + "/" }.joined()
        if let file { path += PercentEncoding.pathSegment(file) }
        return path
    }

    // MARK: The site's places, as segments

    public static func notice(_ notice: Notice) -> [String] { ["gazette", notice.issueSlug, notice.slug] }
    public static func issue(_ slug: String) -> [String] { ["gazette", slug] }
    public static func category(_ slug: String) -> [String] { ["categories", slug] }
    public static func agency(_ slug: String) -> [String] { ["agencies", slug] }
    public static func tag(_ tag: String) -> [String] { ["tags", tag] }
    public static func archive(_ rocYear: Int) -> [String] { ["archive", String(rocYear)] }
    public static func shortLink(_ number: String) -> [String] { ["d", number] }
    public static let regulations = ["regulations"]
    public static func regulation(_ slug: String) -> [String] { ["regulations", slug] }
    public static let consultations = ["consultations"]
    public static let license = ["license"]

    /// Page n of a paginated list lives under `page/n/`; page 1 is the list's own folder.
    public static func page(_ number: Int, of list: [String]) -> [String] {
        number == 1 ? list : list + ["page", String(number)]
    }
}

/// The file a folder-style URL is served from.
public func outputPath(_ segments: [String], file: String = "index.html") -> String {
    (segments + [file]).joined(separator: "/")
}
