import Foundation
import GazetteContent

/// The cache file: the manifest of each output folder gazette keeps (the published one and its
/// spare), by folder identity. A folder being rewritten has no entry, so a build killed midway
/// leaves it unknown rather than wrongly described.
struct BuildState: Sendable {
    private static let magic: UInt64 = 0x3143_5a47_4553_4147  // "GAZEGZC1"
    static let formatVersion = 2

    var trees: [TreeIdentity: OutputManifest] = [:]

    init() {}

    /// A cache another gazette version wrote, in a format this one does not read: not damage, so
    /// it is replaced without a warning.
    static func isOtherFormat(_ bytes: [UInt8]) -> Bool {
        var reader = ByteReader(Array(bytes.prefix(16)))
        guard let magic = try? reader.uint64(), let version = try? reader.int() else { return false }
        return magic == Self.magic && version != Self.formatVersion
    }

    init(bytes: [UInt8]) throws(ByteReader.Corrupt) {
        guard bytes.count >= 8 else { throw ByteReader.Corrupt() }
        let body = Array(bytes.dropLast(8))
        var trailer = ByteReader(Array(bytes.suffix(8)))
        guard try trailer.uint64() == body.withUnsafeBytes(ContentHash.of) else { throw ByteReader.Corrupt() }
        var reader = ByteReader(body)
        guard try reader.uint64() == Self.magic, try reader.int() == Self.formatVersion else { throw ByteReader.Corrupt() }
        for _ in 0..<(try reader.int()) {
            let identity = TreeIdentity(device: try reader.uint64(), inode: try reader.uint64())
            trees[identity] = try OutputManifest(from: &reader)
        }
        guard reader.isAtEnd else { throw ByteReader.Corrupt() }
    }

    /// Ends with a checksum of everything before it: a torn or edited file reads as corrupt.
    var bytes: [UInt8] {
        var writer = ByteWriter()
        writer.write(Self.magic)
        writer.write(Self.formatVersion)
        writer.write(trees.count)
        for (identity, manifest) in trees.sorted(by: { ($0.key.device, $0.key.inode) < ($1.key.device, $1.key.inode) }) {
            writer.write(identity.device)
            writer.write(identity.inode)
            manifest.encode(into: &writer)
        }
        var bytes = writer.bytes
        var trailer = ByteWriter()
        trailer.write(bytes.withUnsafeBytes(ContentHash.of))
        bytes += trailer.bytes
        return bytes
    }
}
