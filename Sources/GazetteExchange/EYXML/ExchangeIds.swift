import GazetteContent

/// The MetaId of each notice of an issue. An imported notice keeps its source record's id
/// (`source.id`), so that a record goes back to the national aggregator under the id it came
/// with. Any other notice gets fifteen decimal digits of the FNV-1a fingerprint of its page's
/// path, `<issue>/<notice>`: the same in every build as long as the page keeps its address,
/// digits only like the national gazette's ids, and below 2^53, so that tools reading ids as
/// numbers (JavaScript's included) read them exactly.
struct ExchangeIds {
    private(set) var metaIds: [String] = []

    /// Ids within one file are unique: the import names a notice's file by its MetaId. A second
    /// notice of the issue with the same source id gets the derived one.
    init(_ notices: [Notice]) {
        var used: Set<String> = []
        for notice in notices {
            var id = Self.sourceId(notice) ?? Self.derived(notice, attempt: 0)
            var attempt = 1
            while used.contains(id) {
                id = Self.derived(notice, attempt: attempt)
                attempt += 1
            }
            used.insert(id)
            metaIds.append(id)
        }
    }

    /// A source id the import reads back as one: ASCII letters and digits.
    private static func sourceId(_ notice: Notice) -> String? {
        guard let id = notice.source?.id, !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            return nil
        }
        return id
    }

    private static func derived(_ notice: Notice, attempt: Int) -> String {
        var hasher = FingerprintHasher()
        hasher.combine(notice.issueSlug + "/" + notice.slug)
        if attempt > 0 { hasher.combine(attempt) }
        let digits = String(hasher.value % 1_000_000_000_000_000)
        return String(repeating: "0", count: 15 - digits.count) + digits
    }
}
