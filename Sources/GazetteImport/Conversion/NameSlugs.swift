/// The slug of each agency and category by name: those site.yml already has keep their slugs,
/// new ones get `Slugs`' stable ones (with a suffix in the unlikely case of a collision).
struct NameSlugs: Sendable {
    private(set) var slugs: [String: String]
    private var taken: Set<String>
    private let existing: [String]
    /// Names added by this import, in the order first seen.
    private(set) var added: [(slug: String, name: String)] = []

    init(existing: [(slug: String, name: String)]) {
        slugs = Dictionary(existing.map { ($0.name, $0.slug) }, uniquingKeysWith: { first, _ in first })
        taken = Set(existing.map(\.slug))
        self.existing = existing.map(\.name)
    }

    func slug(for name: String) -> String {
        slugs[name] ?? ""
    }

    /// Where a category will stand in site.yml; see `CategoryRank`.
    func rank(of name: String) -> CategoryRank {
        if let index = existing.firstIndex(of: name) { return CategoryRank(isNew: false, rank: index, name: "") }
        return CategoryRank(isNew: true, rank: Slugs.rank(name), name: name)
    }

    /// The added entries in the order `rank(of:)` gives them.
    var addedInRankOrder: [(slug: String, name: String)] {
        added.sorted { rank(of: $0.name) < rank(of: $1.name) }
    }

    mutating func register(_ name: String, proposed: String) {
        guard slugs[name] == nil else { return }
        var slug = proposed
        var suffix = 2
        while taken.contains(slug) {
            slug = "\(proposed)-\(suffix)"
            suffix += 1
        }
        slugs[name] = slug
        taken.insert(slug)
        added.append((slug, name))
    }
}
