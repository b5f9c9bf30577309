import GazetteContent

/// Stable ASCII slugs for the categories and agencies a record names: the same name gives the same
/// slug in every import, whatever else is imported and in whichever order.
enum Slugs {
    /// The record types of the national gazette in the order it prints them, named as its
    /// readers know them.
    static let categories: [(name: String, slug: String)] = [
        ("法規", "regulations"), ("行政規則", "rules"), ("公告及送達", "notices"), ("處分", "dispositions"),
        ("轉載", "reprints"), ("專載", "special"), ("其他", "other"),
    ]

    static func category(_ name: String) -> String {
        categories.first { $0.name == name }?.slug ?? "type-" + hash(name)
    }

    /// Known types first, in the gazette's order, then the others.
    static func rank(_ name: String) -> Int {
        categories.firstIndex { $0.name == name } ?? categories.count
    }

    static func agency(_ name: String) -> String {
        "ag-" + hash(name)
    }

    /// Forty bits of the name's FNV-1a fingerprint: collisions among thousands of agency names
    /// are unlikely, and `NameSlugs` resolves them all the same.
    static func hash(_ name: String) -> String {
        var hasher = FingerprintHasher()
        hasher.combine(name)
        return String(hasher.hexDigest.prefix(10))
    }
}
