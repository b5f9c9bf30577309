import GazetteContent

/// The groupings every index page needs, computed once: positions into `content.notices`.
public struct SiteIndex: Sendable {
    public let issuesBySlug: [String: Issue]
    /// Per issue, in table-of-contents order.
    public let byIssue: [String: [Int]]
    /// All notices, newest document first: the order of every list but an issue's contents.
    public let recent: [Int]
    public let byCategory: [String: [Int]]
    public let byAgency: [String: [Int]]
    public let byTag: [String: [Int]]
    public let byYear: [Int: [Int]]
    /// Tags sorted by their text, for a stable tag index.
    public let tags: [String]
    /// Per document number, the earliest published notice with it (oldest issue first, then as
    /// printed): where the short link `/d/<number>/` leads. Only a re-publication shares a
    /// number, so for every other notice this is the notice itself.
    public let firstWithNumber: [String: Int]
    /// Per re-publication, the earlier notices it publishes again, in the order of its numbers.
    /// A re-publication of a draft left out of the build has none, and is the first itself.
    public let republished: [Int: [Int]]
    /// From the earliest to the latest date of a notice or an issue: what the site covers.
    public let dateSpan: (from: CivilDate, to: CivilDate)?

    init(_ content: Content) {
        issuesBySlug = Dictionary(uniqueKeysWithValues: content.issues.map { ($0.slug, $0) })
        let notices = content.notices
        var byIssue: [String: [Int]] = [:]
        for (position, notice) in notices.enumerated() { byIssue[notice.issueSlug, default: []].append(position) }
        self.byIssue = byIssue
        var firstWithNumber: [String: Int] = [:]
        for issue in content.issues.reversed() {
            for position in byIssue[issue.slug] ?? [] {
                for number in notices[position].numbers where firstWithNumber[number] == nil {
                    firstWithNumber[number] = position
                }
            }
        }
        self.firstWithNumber = firstWithNumber
        var republished: [Int: [Int]] = [:]
        for (position, notice) in notices.enumerated() where notice.isRepublication {
            var earlier: [Int] = []
            for number in notice.numbers {
                if let first = firstWithNumber[number], first != position, !earlier.contains(first) { earlier.append(first) }
            }
            if !earlier.isEmpty { republished[position] = earlier }
        }
        self.republished = republished
        dateSpan = PageFacts.span(notices.map(\.date) + content.issues.map(\.date))

        let recent = notices.indices.sorted { a, b in
            let left = notices[a], right = notices[b]
            if left.date != right.date { return left.date > right.date }
            return (left.number, left.sourcePath) < (right.number, right.sourcePath)
        }
        self.recent = recent
        var byCategory: [String: [Int]] = [:]
        var byAgency: [String: [Int]] = [:]
        var byTag: [String: [Int]] = [:]
        var byYear: [Int: [Int]] = [:]
        for position in recent {
            let notice = notices[position]
            byCategory[notice.category, default: []].append(position)
            for agency in notice.agencies { byAgency[agency, default: []].append(position) }
            byYear[notice.date.rocYear, default: []].append(position)
            for tag in notice.tags { byTag[tag, default: []].append(position) }
        }
        self.byCategory = byCategory
        self.byAgency = byAgency
        self.byTag = byTag
        self.byYear = byYear
        tags = byTag.keys.sorted()
    }
}
