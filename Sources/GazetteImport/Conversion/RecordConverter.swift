import GazetteContent
import GazetteDocument
import GazetteHTMLReader
import GazetteMarkdown

/// One record as a notice: its fields as front matter, its HTMLContent as Gazette Markdown.
struct RecordConverter: Sendable {
    var agencies: NameSlugs
    var categories: NameSlugs

    /// Numbers the source writes where a document has none: `字號待補`, `不需字號`, `**`.
    static func isPlaceholder(_ number: String) -> Bool {
        !number.contains { $0.isNumber }
    }

    /// The comment period: the EY fields Comment_Deadline and Comment_Days where the record has
    /// them, on any record (Gazette's export writes them for every notice taking comments);
    /// otherwise, for a pre-announcement, the period its body states (CommentPeriodText). Comment_Days
    /// is counted from the next day unless the body states the same days from the same day.
    private func commentPeriod(of record: EYRecord, body: String, publication: CivilDate,
                               isPreAnnouncement: Bool, warn: (String) -> Void) -> [(String, YAMLValue)]? {
        if let deadline = ROCDateText.parse(record["Comment_Deadline"]) ?? CivilDate(iso: EYText.trimmed(record["Comment_Deadline"])) {
            guard deadline >= publication else {
                warn("Comment_Deadline \(deadline.iso) is before the issue's date \(publication.iso); the comment period is left out")
                return nil
            }
            return [("until", .bare(deadline.iso))]
        }
        if let days = Int(EYText.trimmed(record["Comment_Days"])), days > 0 {
            let sameDay = CommentPeriodText.find(in: body).map { $0.days == days && !$0.startsNextDay } ?? false
            return [("days", .bare(String(days)))] + (sameDay ? [("counting", .bare("same-day"))] : [])
        }
        guard isPreAnnouncement, let period = CommentPeriodText.find(in: body) else { return nil }
        var fields: [(String, YAMLValue)] = [("days", .bare(String(period.days)))]
        if !period.startsNextDay { fields.append(("counting", .bare("same-day"))) }
        return fields
    }

    func convert(_ record: EYRecord, path: String, issue: EYIssue) -> ConvertedNotice {
        var problems: [ImportProblem] = []
        func warn(_ message: String) {
            problems.append(ImportProblem(path: path, metaId: record.metaId, message: message, isFatal: false))
        }
        func fail(_ message: String) -> ConvertedNotice {
            problems.append(ImportProblem(path: path, metaId: record.metaId, message: message, isFatal: true))
            return ConvertedNotice(slug: "", category: categories.rank(of: ""), issue: issue, date: issue.date, numbers: [], fields: [], body: "", problems: problems)
        }
        let metaId = EYText.trimmed(record.metaId)
        guard !metaId.isEmpty, metaId.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            return fail("MetaId '\(metaId)' is not a record id of ASCII letters and digits; it names the notice's file")
        }
        let title = oneLine(record["Title"]).nonEmpty ?? oneLine(record["ThemeSubject"])
        guard !title.isEmpty else { return fail("the record has neither a Title nor a ThemeSubject") }
        let agencyNames = record.list("PubGovName").nonEmpty ?? record.list("PubGov")
        guard !agencyNames.isEmpty else { return fail("the record names no agency (PubGovName and PubGov are empty)") }
        let date: CivilDate
        if let created = ROCDateText.parse(record["Date_Created"]) {
            date = created
        } else {
            warn("Date_Created '\(record["Date_Created"])' is not a date such as 中華民國105年4月8日; the issue's date \(issue.date.iso) is used")
            date = issue.date
        }
        var numbers: [String] = []
        for number in record.list("GazetteId") where !Self.isPlaceholder(number) && !numbers.contains(number) {
            if Slug.isSafePathSegment(number) {
                numbers.append(number)
            } else {
                warn("document number '\(number)' holds '/', '\\' or control characters and is left out; it stays in the source")
            }
        }
        let converted = body(of: record, signers: signers(of: record, warn: warn), warn: warn)

        var fields: [(String, YAMLValue)] = [("title", .string(title))]
        if let english = oneLine(record["TitleEnglish"]).nonEmpty { fields.append(("titleEnglish", .string(english))) }
        let type = EYText.trimmed(record["Doc_Style_LName"]).nonEmpty ?? "其他"
        fields.append(("category", .bare(categories.slug(for: type))))
        if let subtype = oneLine(record["Doc_Style_SName"]).nonEmpty { fields.append(("subtype", .string(subtype))) }
        let agencySlugs = agencyNames.map { agencies.slug(for: $0) }
        fields.append(("agency", agencySlugs.count == 1 ? .bare(agencySlugs[0]) : .list(agencySlugs)))
        if !numbers.isEmpty { fields.append(("number", numbers.count == 1 ? .string(numbers[0]) : .list(numbers))) }
        fields.append(("date", .bare(date.iso)))
        var tags: [String] = []
        for keyword in record.list("Keyword") where !tags.contains(keyword) {
            if Slug.isSafePathSegment(keyword) { tags.append(keyword) } else { warn("keyword '\(keyword)' cannot be a tag (it holds '/' or '\\') and is left out") }
        }
        if !tags.isEmpty { fields.append(("tags", .list(tags))) }
        if let summary = oneLine(record["ThemeSubject"]).nonEmpty { fields.append(("summary", .string(summary))) }
        if !converted.signers.isEmpty {
            fields.append(("signers", .entries(converted.signers.map { [("title", .string($0.title)), ("name", .string($0.name))] })))
        }
        if let delegation = converted.delegation { fields.append(("delegation", .string(delegation))) }
        var source: [(String, YAMLValue)] = [("id", .string(metaId))]
        let url = oneLine(record["GazetteHTML"])
        if url.hasPrefix("http://") || url.hasPrefix("https://"), !url.contains(" ") { source.append(("url", .string(url))) }
        fields.append(("source", .mapping(source)))
        var classification: [(String, YAMLValue)] = []
        for (key, field) in [("theme", "Category"), ("cake", "Cake"), ("service", "Service")] {
            let codes = record.list(field)
            if !codes.isEmpty { classification.append((key, .list(codes))) }
        }
        if !classification.isEmpty { fields.append(("classification", .mapping(classification))) }
        if let comments = commentPeriod(of: record, body: converted.markdown, publication: issue.date,
                                        isPreAnnouncement: oneLine(record["Doc_Style_SName"]).contains("預告"), warn: warn) {
            fields.append(("comments", .mapping(comments)))
        }
        return ConvertedNotice(slug: "ey-" + metaId.lowercased(), category: categories.rank(of: type), issue: issue, date: date, numbers: numbers,
                               fields: fields, body: converted.markdown, problems: problems)
    }

    /// `部長 陳威仁;次長 林慈玲`: a title, a space, a name, per signer.
    private func signers(of record: EYRecord, warn: (String) -> Void) -> [Signature.Signer] {
        record.list("Officer_name").compactMap { entry in
            let parts = entry.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\u{3000}" })
            guard parts.count == 2 else {
                warn("signer '\(entry)' is not a title and a name separated by a space; it is left out")
                return nil
            }
            return Signature.Signer(title: String(parts[0]), name: EYText.trimmed(String(parts[1])))
        }
    }

    private func body(of record: EYRecord, signers: [Signature.Signer],
                      warn: (String) -> Void) -> (markdown: String, signers: [Signature.Signer], delegation: String?) {
        let read = HTMLReader().read(record["HTMLContent"])
        if read.droppedImages > 0 {
            warn("\(read.droppedImages) image\(read.droppedImages == 1 ? "" : "s") left out: the open data does not hold the files")
        }
        let split = SignatureLines(signers: signers).split(read.document.blocks)
        let blocks = split.body
        if blocks.isEmpty { warn("HTMLContent has no text; the notice has an empty body") }
        let document = Document(blocks)
        let markdown = MarkdownWriter().write(document)
        let reread = MarkdownReader().read(markdown)
        for problem in reread.problems { warn("the body's Markdown has a problem at its line \(problem.line): \(problem.message)") }
        if reread.document != document {
            warn("the body's Markdown does not read back as the tree it was written from; check the page against the source")
        }
        return (markdown, split.signers, split.delegation)
    }

    private func oneLine(_ text: String) -> String {
        EYText.trimmed(String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
    }
}

/// A converted record, before the importer knows whether its numbers were published before.
struct ConvertedNotice: Sendable {
    var slug: String
    var category: CategoryRank
    var issue: EYIssue
    var date: CivilDate
    var numbers: [String]
    var fields: [(String, YAMLValue)]
    var body: String
    var problems: [ImportProblem]

    var isImported: Bool { !problems.contains(where: \.isFatal) }

    var order: NoticeOrder {
        NoticeOrder(issueDate: issue.date, issueSlug: issue.slug, category: category, date: date,
                    number: numbers.first ?? "", slug: slug)
    }

    mutating func markRepublication() {
        let position = (fields.firstIndex { $0.0 == "number" } ?? 0) + 1
        fields.insert(("republication", .bare("true")), at: position)
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

extension Array {
    var nonEmpty: Self? { isEmpty ? nil : self }
}
