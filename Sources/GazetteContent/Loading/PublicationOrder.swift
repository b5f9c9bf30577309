/// The order notices are printed in: newest issue first; within an issue by category
/// (site.yml order), then by date, then by document number (a notice without one first).
enum PublicationOrder {
    /// - Parameter issues: newest first, as `Content.issues`.
    static func sort(_ notices: [Notice], issues: [Issue], site: SiteSettings) -> [Notice] {
        order(notices, issues: issues, site: site).map { notices[$0] }
    }

    /// Positions in `notices`, the earliest published first: the oldest issue first, and within
    /// an issue as printed. Decides which of two notices with one number published it first.
    /// - Parameter issues: newest first, as `Content.issues`.
    static func earliestFirst(_ notices: [Notice], issues: [Issue], site: SiteSettings) -> [Int] {
        order(notices, issues: issues.reversed(), site: site)
    }

    private static func order(_ notices: [Notice], issues: some Sequence<Issue>, site: SiteSettings) -> [Int] {
        let issueRank = Dictionary(uniqueKeysWithValues: issues.enumerated().map { ($1.slug, $0) })
        let categoryRank = Dictionary(uniqueKeysWithValues: site.categories.enumerated().map { ($1.slug, $0) })
        // Ranks computed once and indices sorted: sorting the notices themselves copied every
        // notice value at each swap, and looked the ranks up at each comparison.
        let ranks = notices.map { (issueRank[$0.issueSlug] ?? .max, categoryRank[$0.category] ?? .max) }
        return notices.indices.sorted { i, j in
            if ranks[i] != ranks[j] { return ranks[i] < ranks[j] }
            // Fields read in place: binding the notices would copy them, retaining every field.
            if notices[i].date != notices[j].date { return notices[i].date < notices[j].date }
            if notices[i].number != notices[j].number { return notices[i].number < notices[j].number }
            return notices[i].slug < notices[j].slug
        }
    }
}
