import Dispatch
import Foundation
import GazetteContent
import GazetteTemplates

/// Content in, a complete site out: load and validate, plan every file, write them on all
/// cores into a staging folder, then swap it in for the previous output.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions
    public var sections: [any SiteSection]
    public var extensions: [any SiteExtension]
    public var derivedSections: [any DerivedSection]

    public static let standardSections: [any SiteSection] = [
        HomePage(), IssuePages(), NoticePages(), ListPages(), StaticPages(), FeedSection(), OpenDataSection(),
        RegulationPages(), ConsultationsPage(), CalendarSection(), DatasetCatalog(),
    ]

    public init(options: BuildOptions, sections: [any SiteSection] = SiteBuilder.standardSections,
                extensions: [any SiteExtension] = [], derivedSections: [any DerivedSection] = []) {
        self.options = options
        self.sections = sections
        self.extensions = extensions
        self.derivedSections = derivedSections
    }

    /// Loads and checks content and templates without writing anything; returns the site and
    /// every section that will write it.
    public func prepare(using cache: NoticeCache? = nil) throws(BuildError) -> (SiteContext, [any SiteSection], [Diagnostic]) {
        try checkFolders()
        let loaded: ContentLoader.Result
        do {
            loaded = try ContentLoader(root: options.content, displayRoot: options.contentDisplayPath, cache: cache)
                .load(includeDrafts: options.includeDrafts)
        } catch {
            throw .content(error)
        }
        let templates: TemplateSet
        do {
            templates = try TemplateSet.load(overrides: options.templates, displayPath: options.templatesDisplayPath)
        } catch {
            throw .content(error)
        }
        var content = loaded.content
        if let baseURL = options.baseURL { content.site.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        let prepared = extensions.map { $0.prepare(content, options: options) }
        let diagnostics = loaded.warnings + prepared.flatMap(\.diagnostics)
        if diagnostics.hasErrors { throw .content(DiagnosticError(diagnostics)) }
        let context = SiteContext(content: content, urls: SiteURLs(baseURL: content.site.baseURL), templates: templates,
                                  extraNavigation: prepared.flatMap(\.navigation), extraDatasets: prepared.flatMap(\.datasets),
                                  inputsKey: InputsFingerprint.of(options: options, baseURL: content.site.baseURL, templates: templates))
        return (context, sections + prepared.flatMap(\.sections), diagnostics)
    }

    @discardableResult
    public func build(observer: any BuildObserver = SilentObserver()) throws(BuildError) -> BuildReport {
        var clock = PhaseClock()
        let trees = OutputTrees(target: options.output)
        let noticeCache = NoticeCache(file: trees.cacheFolder.appendingPathComponent("notices"))
        if options.clean { noticeCache.forget() }
        let (site, allSections, warnings) = try prepare(using: noticeCache)
        clock.lap("load")
        let base = try trees.prepare(clean: options.clean)
        site.history.start(published: base.published, at: trees.target)
        clock.lap("cache")
        var jobs = allSections.flatMap { $0.jobs(for: site) }
        jobs += derivedSections.flatMap { $0.jobs(derivedFrom: jobs, for: site) }
        let sitemapEntries = jobs.compactMap(\.sitemap)
        let sitemapKey = site.keys.key { hasher in
            for entry in sitemapEntries {
                hasher.combine(entry.url)
                hasher.combine(entry.lastModified ?? "")
            }
        }
        jobs.append(OutputJob(path: "sitemap.xml", phase: .summaries, key: { sitemapKey }) {
            .text(Sitemap.render(sitemapEntries))
        })
        try checkUniquePaths(jobs)
        clock.lap("plan")

        let placer = OutputPlacer(writer: OutputWriter(root: trees.spare, published: trees.target),
                                  published: base.published, spare: base.spare)
        do throws(BuildError) {
            for phase in OutputJob.Phase.allCases {
                let batch = Self.grouped(jobs.filter { $0.phase == phase })
                observer.phaseStarted(Self.phaseNames[phase] ?? "", jobCount: batch.count)
                try run(batch, placer: placer, observer: observer)
                clock.lap(Self.phaseNames[phase] ?? "")
            }
            do {
                try placer.sweep()
            } catch {
                throw BuildError.cannotWrite(trees.spare.path, Self.describe(error))
            }
            clock.lap("sweep")
            var manifest = placer.manifest
            manifest.notes = site.history.notes
            try trees.commit(manifest)
            clock.lap("swap")
            noticeCache.save()
            clock.lap("notice cache")
        } catch {
            trees.abandon()
            throw error
        }
        return BuildReport(pageCount: jobs.filter(\.isPage).count, fileCount: jobs.count + 1, seconds: clock.total,
                           phases: clock.laps, madeCount: placer.producedCount, writtenCount: placer.writtenCount,
                           warnings: base.warnings + warnings.map(\.description))
    }

    /// The jobs in their order, except that every job of a group comes right after the group's first.
    static func grouped(_ jobs: [OutputJob]) -> [OutputJob] {
        var members: [String: [OutputJob]] = [:]
        for job in jobs { if let group = job.group { members[group, default: []].append(job) } }
        guard !members.isEmpty else { return jobs }
        var ordered: [OutputJob] = []
        ordered.reserveCapacity(jobs.count)
        for job in jobs {
            guard let group = job.group else {
                ordered.append(job)
                continue
            }
            if let jobs = members.removeValue(forKey: group) { ordered += jobs }
        }
        return ordered
    }

    private static let phaseNames: [OutputJob.Phase: String] = [
        .documents: "documents", .conversions: "conversions", .pages: "pages", .summaries: "feeds and indexes",
    ]

    /// Jobs run in chunks on all cores; the first failure stops the build. Batches first make,
    /// each in one go, the files of their jobs that cannot be reused.
    private func run(_ jobs: [OutputJob], placer: OutputPlacer, observer: any BuildObserver) throws(BuildError) {
        var batches: [(batch: any OutputBatch, paths: [String])] = []
        for job in jobs {
            guard let batch = job.batch else { continue }
            let index = batches.firstIndex { $0.batch === batch } ?? {
                batches.append((batch, []))
                return batches.count - 1
            }()
            if !placer.canReuse(job) { batches[index].paths.append(job.path) }
        }
        for (batch, paths) in batches {
            do {
                try batch.prepare(paths, reading: placer.folder)
            } catch let error as BuildError {
                throw error
            } catch {
                throw .jobFailed(path: paths.first ?? "", Self.describe(error))
            }
        }
        let failure = FirstFailure()
        let chunk = 64
        let chunks = stride(from: 0, to: jobs.count, by: chunk).map { $0..<min($0 + chunk, jobs.count) }
        DispatchQueue.concurrentPerform(iterations: chunks.count) { number in
            for index in chunks[number] {
                guard !failure.hasFailed else { return }
                let job = jobs[index]
                do {
                    try placer.place(job)
                } catch let error as BuildError {
                    failure.record(error)
                    return
                } catch {
                    failure.record(.jobFailed(path: job.path, Self.describe(error)))
                    return
                }
            }
            observer.jobsFinished(chunks[number].count)
        }
        if let error = failure.error { throw error }
    }

    private static func describe(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return nsError.localizedDescription
    }

    /// Two sections writing the same file would make the result depend on thread timing.
    /// Paths are compared by hash first: a set of 60,000 Strings cost a tenth of a one-notice rebuild.
    private func checkUniquePaths(_ jobs: [OutputJob]) throws(BuildError) {
        var seen: [UInt64: Int] = [:]
        seen.reserveCapacity(jobs.count)
        for (index, job) in jobs.enumerated() {
            var path = job.path
            let hash = path.withUTF8 { ContentHash.of(UnsafeRawBufferPointer($0)) }
            if let earlier = seen.updateValue(index, forKey: hash), jobs[earlier].path == job.path {
                throw .jobFailed(path: job.path, "two parts of the site write this file; rename the notice, tag or attachment")
            }
        }
    }

    private func checkFolders() throws(BuildError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missingFolder(options.contentDisplayPath, what: "content")
        }
        if let templates = options.templates,
           !FileManager.default.fileExists(atPath: templates.path, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw .missingFolder(options.templatesDisplayPath, what: "templates")
        }
        let output = Self.realPath(options.output)
        for (input, name) in [(options.content, options.contentDisplayPath), (options.templates, options.templatesDisplayPath)] {
            guard let input else { continue }
            let inputPath = Self.realPath(input)
            if output == inputPath || output.hasPrefix(inputPath + "/") || inputPath.hasPrefix(output + "/") {
                throw .outputOverlapsInput(output: options.output.path, input: name)
            }
        }
    }

    /// Resolves symbolic links of the part that exists, so `Site` and `./link-to/Site` compare equal.
    static func realPath(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path) && existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        var path = existing.resolvingSymlinksInPath().path
        for part in rest { path += (path.hasSuffix("/") ? "" : "/") + part }
        return path
    }
}

private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: BuildError?

    var hasFailed: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stored != nil
    }

    var error: BuildError? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func record(_ error: BuildError) {
        lock.lock()
        if stored == nil { stored = error }
        lock.unlock()
    }
}
