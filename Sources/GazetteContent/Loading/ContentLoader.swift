import Foundation

/// Loads and validates a whole content folder; reports every problem found, not only the first.
public struct ContentLoader: Sendable {
    public var root: URL
    /// How paths are shown in messages: the folder as the user named it.
    public var displayRoot: String
    /// Notices parsed by an earlier build; `nil` parses every file.
    public var cache: NoticeCache?

    public init(root: URL, displayRoot: String? = nil, cache: NoticeCache? = nil) {
        self.root = root
        self.displayRoot = displayRoot ?? root.path
        self.cache = cache
    }

    public struct Result: Sendable {
        public var content: Content
        public var warnings: [Diagnostic]
    }

    public func displayPath(_ relative: String) -> String {
        displayRoot.isEmpty || displayRoot == "." ? relative : (displayRoot.hasSuffix("/") ? displayRoot : displayRoot + "/") + relative
    }

    /// - Parameter includeDrafts: drafts are always validated; this decides whether they are published.
    public func load(includeDrafts: Bool) throws(DiagnosticError) -> Result {
        let siteResult = loadSite()
        var diagnostics = siteResult.1
        guard let site = siteResult.0 else { throw DiagnosticError(diagnostics) }
        cache?.open(settings: (try? String(contentsOf: root.appendingPathComponent("site.yml"), encoding: .utf8)) ?? "")

        let gazette = root.appendingPathComponent("gazette")
        var issues: [Issue] = []
        var jobs: [NoticeJob] = []
        for slug in Self.entries(of: gazette, directories: true) {
            let folder = gazette.appendingPathComponent(slug)
            let issuePath = displayPath("gazette/\(slug)/issue.yml")
            if !Slug.isValid(slug) {
                diagnostics.append(Diagnostic(.invalidSlug(slug, what: "issue folder"), at: SourceLocation(path: displayPath("gazette/\(slug)"))))
                continue
            }
            let issueURL = folder.appendingPathComponent("issue.yml")
            guard FileManager.default.fileExists(atPath: issueURL.path) else {
                diagnostics.append(Diagnostic(.missingFile("gazette/\(slug)/issue.yml"), at: SourceLocation(path: displayPath("gazette/\(slug)"))))
                continue
            }
            switch SourceText.read(issueURL, path: issuePath) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            case .success(let text):
                let (issue, found) = IssueFileLoader.load(YAMLText(path: issuePath, text: text), slug: slug)
                diagnostics += found
                if let issue { issues.append(issue) }
            }
            for file in Self.entries(of: folder, directories: false) where file.hasSuffix(".md") {
                jobs.append(NoticeJob(issueSlug: slug, folder: folder, fileName: file))
            }
        }

        let loaded = jobs.parallelMap { job in load(job, site: site) }
        var notices: [Notice] = []
        for (notice, found) in loaded {
            diagnostics += found
            if let notice { notices.append(notice) }
        }
        let orderedIssues = issues.sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }
        diagnostics += DuplicateNumbers.find(in: notices, issues: orderedIssues, site: site)
        diagnostics += LifecycleRules.check(notices, issues: orderedIssues, site: site)
        if diagnostics.hasErrors { throw DiagnosticError(diagnostics) }

        let published = includeDrafts ? notices : notices.filter { !$0.isDraft }
        let content = Content(site: site, issues: orderedIssues,
                              notices: PublicationOrder.sort(published, issues: orderedIssues, site: site))
        return Result(content: content, warnings: diagnostics.sortedByLocation)
    }

    private func loadSite() -> (SiteSettings?, [Diagnostic]) {
        let path = displayPath("site.yml")
        let url = root.appendingPathComponent("site.yml")
        guard FileManager.default.fileExists(atPath: url.path) else {
            return (nil, [Diagnostic(.missingFile("site.yml"), at: SourceLocation(path: path))])
        }
        switch SourceText.read(url, path: path) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let text): return SiteFileLoader.load(YAMLText(path: path, text: text))
        }
    }

    private struct NoticeJob: Sendable {
        var issueSlug: String
        var folder: URL
        var fileName: String
    }

    private func load(_ job: NoticeJob, site: SiteSettings) -> (Notice?, [Diagnostic]) {
        let path = displayPath("gazette/\(job.issueSlug)/\(job.fileName)")
        let slug = String(job.fileName.dropLast(3))
        guard Slug.isValid(slug) else {
            return (nil, [Diagnostic(.invalidSlug(job.fileName, what: "notice file name"), at: SourceLocation(path: path))])
        }
        let file = job.folder.path + "/" + job.fileName
        let cacheKey = "gazette/\(job.issueSlug)/\(job.fileName)"
        let loader = NoticeFileLoader(site: site, issueFolder: job.folder, issueSlug: job.issueSlug)
        let stamp = FileStamp(path: file)
        if let stamp, let (cached, sourceHash) = cache?.notice(at: cacheKey, stamp: stamp),
           var notice = loader.complete(cached, body: NoticeBody(file: file), path: path) {
            notice.fingerprint = Self.fingerprint(path: cacheKey, source: sourceHash, attachments: notice.attachments)
            return (notice, [])
        }
        let data: [UInt8]
        do {
            data = try FolderListing.contents(of: file)
        } catch {
            return (nil, [Diagnostic(.custom("cannot read file: \(error.localizedDescription)"), at: SourceLocation(path: path))])
        }
        switch SourceText.decode(data, path: path) {
        case .failure(let diagnostic):
            return (nil, [diagnostic])
        case .success(let text):
            let sourceHash = data.withUnsafeBytes(ContentHash.of)
            let cached = stamp.flatMap { cache?.notice(at: cacheKey, sourceHash: sourceHash, stamp: $0) }
                .flatMap { loader.complete($0, text: text, path: path) }
            var (notice, diagnostics) = cached.map { ($0, []) } ?? loader.load(text: text, slug: slug, path: path)
            if var loaded = notice {
                loaded.fingerprint = Self.fingerprint(path: cacheKey, source: sourceHash, attachments: loaded.attachments)
                if cached == nil && diagnostics.isEmpty, let stamp {
                    cache?.store(loaded, at: cacheKey, sourceHash: sourceHash, stamp: stamp)
                }
                notice = loaded
            }
            return (notice, diagnostics)
        }
    }

    /// The file's name (its URL) and bytes, and each attachment's size, modification time and inode:
    /// an attachment replaced under the same name changes the fingerprint without reading the file.
    static func fingerprint(path: String, source: UInt64, attachments: [Attachment]) -> UInt64 {
        var hasher = FingerprintHasher()
        hasher.combine(path)
        hasher.combine(source)
        for attachment in attachments {
            hasher.combine(attachment.sourceURL)
            if let stamp = FileStamp(path: attachment.sourceURL) {
                hasher.combine(stamp.size)
                hasher.combine(stamp.modified)
                hasher.combine(stamp.inode)
            }
        }
        return hasher.value
    }

    /// Sorted names, so that load order and therefore every report is the same on every machine.
    static func entries(of folder: URL, directories: Bool) -> [String] {
        let entries = (try? FolderListing.entries(of: folder.path)) ?? []
        return entries.filter { !$0.name.hasPrefix(".") && $0.isFolder == directories }.map(\.name).sorted()
    }
}
