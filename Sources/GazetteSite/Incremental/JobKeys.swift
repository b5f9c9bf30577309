import GazetteContent

/// Keys for output jobs: every key starts from the fingerprint of the shared inputs, then adds
/// the notices (and anything else) the file is made from.
public struct JobKeys: Sendable {
    public let inputs: UInt64
    private let notices: [UInt64]
    private let metadata: [UInt64]
    /// All notices in site order: for files that summarise the whole site's text.
    public let allNotices: UInt64
    /// What every list shows of all notices in site order: for indexes and registers.
    public let allMetadata: UInt64

    /// - Parameter relations: per notice, what its lifecycle and its related notices add to what lists show.
    init(inputs: UInt64, notices: [Notice], relations: [UInt64]) {
        self.inputs = inputs
        self.notices = notices.map(\.fingerprint)
        metadata = zip(notices.parallelMap(Self.metadata), relations).map { base, relation in
            var hasher = FingerprintHasher()
            hasher.combine(base)
            hasher.combine(relation)
            return hasher.value
        }
        allNotices = Self.combined(inputs, self.notices)
        allMetadata = Self.combined(inputs, metadata)
    }

    /// The fields lists, registers (open data) and neighbours' links show: a body edit leaves it unchanged, so
    /// list pages and open data are not made again for it.
    private static func metadata(of notice: Notice) -> UInt64 {
        var hasher = FingerprintHasher()
        for text in [notice.slug, notice.issueSlug, notice.title, notice.category, notice.agency, notice.number, notice.date.iso] {
            hasher.combine(text)
        }
        for tag in notice.tags { hasher.combine(tag) }
        for agency in notice.agencies.dropFirst() { hasher.combine(agency) }
        for number in notice.numbers.dropFirst() { hasher.combine(number) }
        for signer in notice.signers {
            hasher.combine(signer.title)
            hasher.combine(signer.name)
        }
        hasher.combine(notice.isDraft ? 1 : 0)
        // Shown on the page and exported in open data. An absent text is not "": each is marked.
        for text in [notice.titleEnglish, notice.subtype, notice.source?.id, notice.source?.url] {
            hasher.combine(text == nil ? 0 : 1)
            hasher.combine(text ?? "")
        }
        hasher.combine(notice.isRepublication ? 1 : 0)
        for (_, codes) in notice.classification.schemes {
            hasher.combine(codes.count)
            for code in codes { hasher.combine(code) }
        }
        return hasher.value
    }

    private static func combined(_ inputs: UInt64, _ values: [UInt64]) -> UInt64 {
        var hasher = FingerprintHasher()
        hasher.combine(inputs)
        for value in values { hasher.combine(value) }
        return hasher.value
    }

    public func key(_ add: (inout FingerprintHasher) -> Void) -> UInt64 {
        var hasher = FingerprintHasher()
        hasher.combine(inputs)
        add(&hasher)
        return hasher.value
    }

    /// The notices at these positions, in this order (order matters: lists and pagination).
    public func notices(_ positions: some Sequence<Int>, _ add: (inout FingerprintHasher) -> Void = { _ in }) -> UInt64 {
        key(of: notices, at: positions, add)
    }

    /// The listed fields of the notices at these positions, in this order.
    public func metadata(_ positions: some Sequence<Int>, _ add: (inout FingerprintHasher) -> Void = { _ in }) -> UInt64 {
        key(of: metadata, at: positions, add)
    }

    private func key(of values: [UInt64], at positions: some Sequence<Int>, _ add: (inout FingerprintHasher) -> Void) -> UInt64 {
        key { hasher in
            for position in positions {
                hasher.combine(position)
                hasher.combine(values[position])
            }
            add(&hasher)
        }
    }

    public func fingerprint(ofNotice position: Int) -> UInt64 { notices[position] }
}
