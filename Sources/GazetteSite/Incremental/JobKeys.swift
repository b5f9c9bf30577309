import GazetteContent

/// Keys for output jobs: every key starts from the fingerprint of the shared inputs, then adds
/// the notices (and anything else) the file is made from.
public struct JobKeys: Sendable {
    public let inputs: UInt64
    private let notices: [UInt64]
    /// All notices in site order: for files that list or summarise the whole site.
    public let allNotices: UInt64

    init(inputs: UInt64, notices: [Notice]) {
        self.inputs = inputs
        self.notices = notices.map(\.fingerprint)
        var hasher = FingerprintHasher()
        hasher.combine(inputs)
        for fingerprint in self.notices { hasher.combine(fingerprint) }
        allNotices = hasher.value
    }

    public func key(_ add: (inout FingerprintHasher) -> Void) -> UInt64 {
        var hasher = FingerprintHasher()
        hasher.combine(inputs)
        add(&hasher)
        return hasher.value
    }

    /// The notices at these positions, in this order (order matters: lists and pagination).
    public func notices(_ positions: some Sequence<Int>, _ add: (inout FingerprintHasher) -> Void = { _ in }) -> UInt64 {
        key { hasher in
            for position in positions {
                hasher.combine(position)
                hasher.combine(notices[position])
            }
            add(&hasher)
        }
    }

    public func fingerprint(ofNotice position: Int) -> UInt64 { notices[position] }
}
