/// The order notices are printed in: newest issue first; within an issue by category
/// (site.yml order), then by date, then by document number.
enum PublicationOrder {
    static func sort(_ notices: [Notice], issues: [Issue], site: SiteSettings) -> [Notice] {
        let issueRank = Dictionary(uniqueKeysWithValues: issues.enumerated().map { ($1.slug, $0) })
        let categoryRank = Dictionary(uniqueKeysWithValues: site.categories.enumerated().map { ($1.slug, $0) })
        return notices.sorted { a, b in
            let left = (issueRank[a.issueSlug] ?? .max, categoryRank[a.category] ?? .max)
            let right = (issueRank[b.issueSlug] ?? .max, categoryRank[b.category] ?? .max)
            if left != right { return left < right }
            return (a.date, a.number, a.slug) < (b.date, b.number, b.slug)
        }
    }
}
