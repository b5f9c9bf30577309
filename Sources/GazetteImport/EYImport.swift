import Foundation
import GazetteContent

/// `gazette import ey-xml`: each day's file of the Executive Yuan Gazette's open data becomes an
/// issue, each record a notice, and site.yml gains the categories and agencies they name. Only
/// files whose text changes are written, so importing the same days again changes nothing, and a
/// new day adds its issue without touching what was imported before.
public struct EYImport: Sendable {
    public var content: URL
    /// How paths are shown in messages.
    public var contentDisplayPath: String
    public var words: ImportWords

    public init(content: URL, contentDisplayPath: String? = nil, words: ImportWords = .executiveYuanGazette) {
        self.content = content
        self.contentDisplayPath = contentDisplayPath ?? content.path
        self.words = words
    }

    public struct Report: Sendable {
        public var records = 0
        public var imported = 0
        public var issues = 0
        /// Files written because their text changed (or they were new).
        public var written: [String] = []
        public var problems: [ImportProblem] = []

        /// Every record of every file was imported.
        public var isComplete: Bool { !problems.contains(where: \.isFatal) }
    }

    public enum Failure: Error, Sendable, CustomStringConvertible {
        case siteFile(DiagnosticError)
        case siteFileNotExtensible(path: String)
        case unwritable(path: String, reason: String)

        public var description: String {
            switch self {
            case .siteFile(let error): error.description
            case .siteFileNotExtensible(let path):
                "\(path): error: 'categories' or 'agencies' is not a block list ('- slug: …' lines), so the import cannot add to it; write each list as one '- slug: …' entry per line"
            case .unwritable(let path, let reason): "\(path): error: cannot write (\(reason))"
            }
        }
    }

    /// Streams the days in date order, one file in memory at a time: the national archive is
    /// gigabytes of XML. What outlives a day is small: the names seen and the numbers published.
    public func run(files: [String]) throws(Failure) -> Report {
        var report = Report()
        var days: [(path: String, date: CivilDate)] = []
        for path in files {
            guard let date = EYIssue.date(fromFileName: path) else {
                report.problems.append(ImportProblem(path: path, metaId: nil, message:
                    "the file's name is not a day such as 105-04-08.xml (ROC year), which dates the issue", isFatal: true))
                continue
            }
            days.append((path, date))
        }
        days.sort { ($0.date, $0.path) < ($1.date, $1.path) }

        let site = try existingSite()
        var categories = NameSlugs(existing: site?.categories.map { ($0.slug, $0.name) } ?? [])
        var agencies = NameSlugs(existing: site?.agencies.map { ($0.slug, $0.name) } ?? [])
        var published = PublishedNumbers(existing: existingNotices())
        var issues: Set<String> = []
        for day in days {
            let file: EYDayFile
            do {
                file = try EYDayFile(path: day.path)
            } catch {
                report.problems.append(ImportProblem(path: day.path, line: error.line, metaId: nil, message: error.message, isFatal: true))
                continue
            }
            report.records += file.records.count
            let named = file.records.lazy.compactMap { EYIssue.volumeAndNumber($0["GazetteHTML"]) }.first
            let issue = EYIssue(volume: named?.0, number: named?.1, date: day.date)
            let types = file.records.map { EYText.trimmed($0["Doc_Style_LName"]).nonEmpty ?? "其他" }
            for type in types.sorted(by: { Slugs.rank($0) < Slugs.rank($1) }) {
                categories.register(type, proposed: Slugs.category(type))
            }
            for record in file.records {
                for name in record.list("PubGovName").nonEmpty ?? record.list("PubGov") {
                    agencies.register(name, proposed: Slugs.agency(name))
                }
            }
            let converter = RecordConverter(agencies: agencies, categories: categories)
            let converted = file.records.parallelMap { converter.convert($0, path: day.path, issue: issue) }
            for notice in converted { report.problems += notice.problems }
            let notices = converted.filter(\.isImported).sorted { $0.order < $1.order }
            guard !notices.isEmpty else { continue }
            report.imported += notices.count
            issues.insert(issue.slug)
            let issueFile = YAMLWriter.write([("title", .string(issue.title(words: words))), ("date", .bare(issue.date.iso))])
            try write(issueFile, to: "gazette/\(issue.slug)/issue.yml", report: &report)
            for var notice in notices {
                if published.publishesAgain(notice.numbers, order: notice.order) { notice.markRepublication() }
                let text = "---\n" + YAMLWriter.write(notice.fields) + "---\n\n" + notice.body
                try write(text, to: "gazette/\(issue.slug)/\(notice.slug).md", report: &report)
            }
        }
        report.issues = issues.count
        try writeSiteFile(site: site, categories: categories.addedInRankOrder, agencies: agencies.added, report: &report)
        return report
    }

    private var siteFileURL: URL { content.appendingPathComponent("site.yml") }

    private func existingSite() throws(Failure) -> SiteSettings? {
        guard let text = try? String(contentsOf: siteFileURL, encoding: .utf8) else { return nil }
        do {
            return try SiteSettings.read(path: contentDisplayPath + "/site.yml", text: text)
        } catch {
            throw .siteFile(error)
        }
    }

    /// The notices already in the content, whose numbers a new day may publish again.
    private func existingNotices() -> [PublishedNumbers.Entry] {
        guard let loaded = try? ContentLoader(root: content).load(includeDrafts: true) else { return [] }
        let issueDates = Dictionary(loaded.content.issues.map { ($0.slug, $0.date) }, uniquingKeysWith: { first, _ in first })
        let categories = loaded.content.site.categories.map(\.slug)
        return loaded.content.notices.map { notice in
            let category = CategoryRank(isNew: false, rank: categories.firstIndex(of: notice.category) ?? categories.count, name: "")
            return PublishedNumbers.Entry(numbers: notice.numbers, order: NoticeOrder(
                issueDate: issueDates[notice.issueSlug] ?? notice.date, issueSlug: notice.issueSlug, category: category,
                date: notice.date, number: notice.number, slug: notice.slug))
        }
    }

    private func writeSiteFile(site: SiteSettings?, categories: [(slug: String, name: String)],
                               agencies: [(slug: String, name: String)], report: inout Report) throws(Failure) {
        let update = SiteFileUpdate(words: words)
        if site == nil {
            guard report.imported > 0 else { return }
            try write(update.created(categories: categories, agencies: agencies), to: "site.yml", report: &report)
            return
        }
        guard !categories.isEmpty || !agencies.isEmpty else { return }
        guard let text = try? String(contentsOf: siteFileURL, encoding: .utf8),
              let extended = update.extended(text, categories: categories, agencies: agencies) else {
            throw .siteFileNotExtensible(path: contentDisplayPath + "/site.yml")
        }
        try write(extended, to: "site.yml", report: &report)
    }

    private func write(_ text: String, to relative: String, report: inout Report) throws(Failure) {
        let url = content.appendingPathComponent(relative)
        let data = Data(text.utf8)
        if let existing = try? Data(contentsOf: url), existing == data { return }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw .unwritable(path: contentDisplayPath + "/" + relative, reason: error.localizedDescription)
        }
        report.written.append(relative)
    }
}
