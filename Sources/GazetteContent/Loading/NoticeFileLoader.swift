import Foundation
import GazetteDocument
import GazetteMarkdown

/// Reads one notice: front matter fields checked against site.yml, attachments checked on disk.
struct NoticeFileLoader {
    static let fields = ["title", "category", "agency", "number", "date", "tags", "summary", "attachments", "draft",
                         "signers", "delegation", "titleEnglish", "subtype", "republication", "source", "classification"] + LifecycleFields.keys

    let site: SiteSettings
    let issueFolder: URL
    let issueSlug: String

    func load(text: String, slug: String, path: String) -> (Notice?, [Diagnostic]) {
        let frontMatter: FrontMatter
        switch FrontMatter.split(text, path: path) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let split): frontMatter = split
        }
        var reader: FieldReader
        switch frontMatter.yaml.fields(describedAs: "front matter") {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let fields): reader = fields
        }
        reader.rejectUnknownKeys(allowed: Self.fields)
        let container = "front matter"
        let title = reader.string("title", required: true, in: container)
        let category = reader.string("category", required: true, in: container)
        if let category, site.category(category) == nil {
            reader.report(.unknownCategory(category, valid: site.categories.map(\.slug)), at: reader.location(of: "category"))
        }
        var agencies: [String] = []
        for (agency, location) in reader.stringOrList("agency", required: true, in: container) {
            if site.agency(agency) == nil {
                reader.report(.unknownAgency(agency, valid: site.agencies.map(\.slug)), at: location)
            } else if !agencies.contains(agency) {
                agencies.append(agency)
            }
        }
        // Optional: real records exist that were published without any document number.
        let writtenNumbers = reader.stringOrList("number", required: false, in: container)
        var numbers: [(String, SourceLocation)] = []
        for (number, location) in writtenNumbers {
            if !Slug.isSafePathSegment(number) {
                reader.report(.forbiddenCharacters(field: "number", value: number), at: location)
            } else {
                numbers.append((number, location))
            }
        }
        let date = reader.date("date", required: true, in: container)
        var tags: [String] = []
        for (tag, location) in reader.stringList("tags") {
            if !Slug.isSafePathSegment(tag) {
                reader.report(.forbiddenCharacters(field: "tags", value: tag), at: location)
            } else if !tags.contains(tag) {
                tags.append(tag)
            }
        }
        let summary = reader.string("summary", required: false, in: container)
        let isDraft = reader.bool("draft") ?? false
        let attachments = loadAttachments(&reader)
        let signers = loadSigners(&reader)
        let delegation = reader.string("delegation", required: false, in: container)
        let titleEnglish = reader.string("titleEnglish", required: false, in: container)
        let subtype = reader.string("subtype", required: false, in: container)
        let isRepublication = reader.bool("republication") ?? false
        // Whether the numbers were used before is known only once every notice is loaded
        // (DuplicateNumbers); a re-publication without any number can be told here.
        if isRepublication && writtenNumbers.isEmpty {
            reader.report(.republicationWithoutNumber, at: reader.location(of: "republication"))
        }
        let source = loadSource(&reader)
        let classification = reader.classification(in: "front matter")
        let lifecycle = LifecycleFields.read(&reader, site: site)
        let problems = MarkdownReader(allowsRawHTML: site.allowsRawHTML, attachment: Attachment.texts(of: attachments))
            .problems(in: frontMatter.body)
        for problem in problems {
            reader.report(.custom(problem.message), at: SourceLocation(path: path, line: frontMatter.bodyLine + problem.line - 1,
                                                                       column: problem.column))
        }
        guard let title, let category, let agency = agencies.first, let date, !reader.diagnostics.hasErrors else {
            return (nil, reader.diagnostics)
        }
        let notice = Notice(slug: slug, issueSlug: issueSlug, title: title, category: category, agency: agency,
                            number: numbers.first?.0 ?? "", date: date, tags: tags, summary: summary, attachments: attachments,
                            isDraft: isDraft, body: frontMatter.body, sourcePath: path, bodyLine: frontMatter.bodyLine,
                            numberLocation: numbers.first?.1, agencies: agencies, numbers: numbers.map(\.0),
                            numberLocations: numbers.map(\.1), signers: signers, delegation: delegation,
                            titleEnglish: titleEnglish, subtype: subtype, isRepublication: isRepublication,
                            republicationLocation: reader.location(of: "republication"), source: source,
                            classification: classification, lifecycle: lifecycle)
        return (notice, reader.diagnostics)
    }

    /// A notice from the cache made whole again: the body cut from the file, and each attachment
    /// checked on disk anew (it may have been replaced or removed). `nil`: parse the file instead.
    func complete(_ cached: Notice, text: String, path: String) -> Notice? {
        guard case .success(let frontMatter) = FrontMatter.split(text, path: path) else { return nil }
        return complete(cached, body: NoticeBody(text: frontMatter.body), path: path)
    }

    func complete(_ cached: Notice, body: NoticeBody, path: String) -> Notice? {
        // A body may build a table from a CSV attachment, which can change without the notice
        // file: such notices are read and checked again.
        guard !cached.attachments.contains(where: { $0.file.lowercased().hasSuffix(".csv") }) else { return nil }
        var notice = cached
        notice.bodyStorage = body
        notice.sourcePath = path
        notice.numberLocation.path = path
        for index in notice.numberLocations.indices { notice.numberLocations[index].path = path }
        notice.republicationLocation.path = path
        notice.lifecycle.relocate(to: path)
        notice.attachments = []
        for attachment in cached.attachments {
            guard case .success(let (relative, url, size)) = resolve(attachment.file) else { return nil }
            notice.attachments.append(Attachment(title: attachment.title, file: relative, sourceURL: url.path, byteCount: size))
        }
        return notice
    }

    private func loadSigners(_ reader: inout FieldReader) -> [Signature.Signer] {
        var signers: [Signature.Signer] = []
        for var entry in reader.mappingList("signers", required: false, in: "front matter") {
            entry.rejectUnknownKeys(allowed: ["title", "name"])
            let title = entry.string("title", required: true, in: "each signer")
            let name = entry.string("name", required: true, in: "each signer")
            if let title, let name { signers.append(Signature.Signer(title: title, name: name)) }
            reader.absorb(entry)
        }
        return signers
    }

    /// `source: {id, url}`: `id` is any text (the source system's record id), `url` an absolute
    /// http(s) address, stored percent-encoded as it is linked.
    private func loadSource(_ reader: inout FieldReader) -> NoticeSource? {
        guard var entry = reader.mapping("source", required: false, in: "front matter") else { return nil }
        entry.rejectUnknownKeys(allowed: ["id", "url"])
        let id = entry.string("id", required: true, in: "source")
        var url: String?
        if let written = entry.string("url", required: false, in: "source") {
            url = WebAddress.normalized(written)
            if url == nil { entry.report(.invalidURL(written), at: entry.location(of: "url")) }
        }
        reader.absorb(entry)
        return id.map { NoticeSource(id: $0, url: url) }
    }

    private func loadAttachments(_ reader: inout FieldReader) -> [Attachment] {
        var attachments: [Attachment] = []
        for var entry in reader.mappingList("attachments", required: false, in: "front matter") {
            entry.rejectUnknownKeys(allowed: ["title", "file"])
            let title = entry.string("title", required: true, in: "each attachment")
            let file = entry.string("file", required: true, in: "each attachment")
            if let title, let file {
                let location = entry.location(of: "file")
                switch resolve(file) {
                case .failure(let problem):
                    entry.report(problem, at: location)
                case .success(let (relative, url, size)):
                    attachments.append(Attachment(title: title, file: relative, sourceURL: url.path, byteCount: size))
                }
            }
            reader.absorb(entry)
        }
        return attachments
    }

    /// The attachment must be a regular file inside the issue folder, also after following symbolic links.
    private func resolve(_ file: String) -> Result<(String, URL, Int), ContentProblem> {
        guard !file.hasPrefix("/"), !file.hasPrefix("~") else { return .failure(.attachmentEscapesIssue(file)) }
        var parts: [Substring] = []
        for part in file.split(separator: "/") where part != "." {
            if part == ".." {
                guard !parts.isEmpty else { return .failure(.attachmentEscapesIssue(file)) }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        guard !parts.isEmpty else { return .failure(.attachmentMissing(file)) }
        let relative = parts.joined(separator: "/")
        let url = issueFolder.appendingPathComponent(relative)
        let realIssue = issueFolder.resolvingSymlinksInPath().path + "/"
        let realFile = url.resolvingSymlinksInPath().path
        guard realFile.hasPrefix(realIssue) else { return .failure(.attachmentEscapesIssue(file)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: realFile, isDirectory: &isDirectory), !isDirectory.boolValue,
              let attributes = try? FileManager.default.attributesOfItem(atPath: realFile),
              let size = attributes[.size] as? NSNumber else {
            return .failure(.attachmentMissing(file))
        }
        return .success((relative, url, size.intValue))
    }
}
