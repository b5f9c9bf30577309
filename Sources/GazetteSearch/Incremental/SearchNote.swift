import GazetteContent

/// What a build leaves for the next one about its index: the inputs every document file was
/// made with, the shard count, and the notice fingerprint of each document in ranking order.
/// Comparing fingerprints id by id tells which documents the published shards have stale.
struct SearchNote: Equatable {
    static let name = "search"

    var inputs: UInt64
    var shardCount: Int
    var fingerprints: [UInt64]

    var documentCount: Int { fingerprints.count }

    init(inputs: UInt64, shardCount: Int, fingerprints: [UInt64]) {
        self.inputs = inputs
        self.shardCount = shardCount
        self.fingerprints = fingerprints
    }

    var bytes: [UInt8] {
        var writer = ByteWriter()
        writer.write(inputs)
        writer.write(shardCount)
        writer.write(fingerprints.count)
        for fingerprint in fingerprints { writer.write(fingerprint) }
        return writer.bytes
    }

    /// `nil` for a note that does not read back whole: the shards are then made from scratch.
    /// A note written by another gazette binary is read, but its inputs differ from this build's.
    init?(bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        do {
            inputs = try reader.uint64()
            shardCount = try reader.int()
            // No reserveCapacity: the count is not trusted until the fingerprints are all there.
            fingerprints = []
            for _ in 0..<(try reader.int()) { fingerprints.append(try reader.uint64()) }
        } catch {
            return nil
        }
        guard reader.isAtEnd else { return nil }
    }
}
