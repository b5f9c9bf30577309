import Foundation

/// One file of the output, produced on demand so that rendered pages are written as they
/// are made and never held together in memory.
public struct OutputJob: Sendable {
    /// When the job runs: documents first (pages link them with their sizes), then the files
    /// converted from them (PDF), then pages, then whatever summarises pages (sitemap, search index).
    public enum Phase: Int, Sendable, Comparable, CaseIterable {
        case documents = 0
        case conversions = 1
        case pages = 2
        case summaries = 3

        public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public enum Body: Sendable {
        case text(String)
        case data(Data)
        /// A file copied as it is (an attachment, an asset).
        case copy(fromPath: String)
    }

    /// Relative to the output folder, with '/' separators and unencoded segments.
    public var path: String
    public var phase: Phase
    /// Set for HTML pages that belong in the sitemap.
    public var sitemap: SitemapEntry?
    /// Everything the file is made from, hashed; asked for when the job's phase runs (so it may
    /// include what earlier phases produced). When it equals the key recorded for the published
    /// file, that file is reused instead of made again. `nil`: the file is made on every build.
    public var key: (@Sendable () -> UInt64)?
    /// The file of an earlier phase this one is converted from: its bytes' fingerprint is part
    /// of the key, so the file is made again exactly when its source changed.
    public var source: String?
    /// Makes the files of several jobs in one go (the PDFs in a few LibreOffice runs), before
    /// any of them is produced; told only the jobs whose file cannot be reused.
    public var batch: (any OutputBatch)?
    /// Set for a document a page links, for sections that convert it.
    public var document: LinkedDocument?
    /// Jobs of one phase made from the same input (one notice's ODF and Akoma Ntoso files) name
    /// it here: the builder runs them side by side, so they can share what they read.
    public var group: String?
    public var produce: @Sendable () throws -> Body
    /// Told the file's size once it is in place, whether it was made or reused.
    public var finished: (@Sendable (_ byteCount: Int) -> Void)?

    public init(path: String, phase: Phase = .pages, sitemap: SitemapEntry? = nil,
                key: (@Sendable () -> UInt64)? = nil, source: String? = nil, batch: (any OutputBatch)? = nil,
                document: LinkedDocument? = nil, group: String? = nil, finished: (@Sendable (Int) -> Void)? = nil,
                produce: @escaping @Sendable () throws -> Body) {
        self.path = path
        self.phase = phase
        self.sitemap = sitemap
        self.key = key
        self.source = source
        self.batch = batch
        self.document = document
        self.group = group
        self.finished = finished
        self.produce = produce
    }

    public var isPage: Bool { path.hasSuffix(".html") }
}

/// A page as sitemap.xml lists it.
public struct SitemapEntry: Sendable, Hashable {
    public var url: String
    public var lastModified: String?

    public init(url: String, lastModified: String? = nil) {
        self.url = url
        self.lastModified = lastModified
    }
}
