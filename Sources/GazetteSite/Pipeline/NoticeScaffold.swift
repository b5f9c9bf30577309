import Foundation
import GazetteContent

/// What `gazette new notice` writes: a draft with every required field, dated today in Taiwan.
public enum NoticeScaffold {
    public static func problems(issue: String, category: String, agency: String, slug: String?, in site: SiteContext) -> [String] {
        var problems: [String] = []
        if site.issue(issue) == nil {
            problems.append("error: unknown issue '\(issue)'; existing issues: \(site.content.issues.map(\.slug).joined(separator: ", "))")
        }
        if site.site.category(category) == nil {
            problems.append("error: " + ContentProblem.unknownCategory(category, valid: site.site.categories.map(\.slug)).message)
        }
        if site.site.agency(agency) == nil {
            problems.append("error: " + ContentProblem.unknownAgency(agency, valid: site.site.agencies.map(\.slug)).message)
        }
        if let slug, !Slug.isValid(slug) {
            problems.append("error: " + ContentProblem.invalidSlug(slug, what: "notice slug").message)
        }
        return problems
    }

    public static func today() -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Taipei") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    public static func text(category: String, agency: String, date: CivilDate) -> String {
        """
        ---
        title: "（請填寫標題）"
        category: \(category)
        agency: \(agency)
        number: "（請填寫發文字號）"
        date: \(date.iso)
        draft: true
        ---

        ## 主旨

        （請填寫主旨。）

        ## 依據

        （請填寫依據。）

        ## 公告事項

        一、（請填寫公告事項。）

        """
    }
}
