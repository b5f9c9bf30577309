import GazetteContent

/// What one output folder holds: per file, the fingerprint of the bytes and the key of the
/// inputs it was made from. Two builds with the same key for a path made the same bytes.
///
/// Files are found by a hash of their path, and the paths themselves are kept as one block of
/// bytes: the cache of a 10,000-notice site holds 60,000 paths, and making a String of each on
/// every build cost more than the rest of a one-notice rebuild's bookkeeping.
public struct OutputManifest: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// Zero when the job has no key: such files are made again on every build.
        public var key: UInt64
        public var fingerprint: UInt64
        public var byteCount: Int
    }

    private var entries: [UInt64: Entry] = [:]
    /// Every path recorded, each followed by a newline; a path whose entry was dropped stays here.
    private var pathBytes: [UInt8] = []
    /// Facts a section wants to find again in the next build (the search index's document list).
    public var notes: [String: [UInt8]] = [:]

    public init() {}

    public static func == (lhs: OutputManifest, rhs: OutputManifest) -> Bool {
        lhs.entries == rhs.entries && lhs.notes == rhs.notes
    }

    public subscript(path: String) -> Entry? { entries[Self.hash(path)] }

    mutating func record(_ entry: Entry, at path: String) {
        if entries.updateValue(entry, forKey: Self.hash(path)) == nil {
            pathBytes.append(contentsOf: path.utf8)
            pathBytes.append(UInt8(ascii: "\n"))
        }
    }

    /// Keeps only the files `keep` accepts.
    mutating func filter(_ keep: (String) -> Bool) {
        for path in paths where !keep(path) { entries.removeValue(forKey: Self.hash(path)) }
    }

    /// The paths this manifest has and `other` lacks: the files a build must delete. Only those
    /// become Strings.
    func paths(missingFrom other: OutputManifest) -> [String] {
        var missing: [String] = []
        forEachPath { bytes, hash in
            if entries[hash] != nil && other.entries[hash] == nil { missing.append(String(decoding: bytes, as: UTF8.self)) }
        }
        return missing
    }

    private var paths: [String] {
        var all: [String] = []
        forEachPath { bytes, hash in
            if entries[hash] != nil { all.append(String(decoding: bytes, as: UTF8.self)) }
        }
        return all
    }

    /// Each path once: `record` appends a path only when it is new.
    private func forEachPath(_ body: (UnsafeRawBufferPointer, UInt64) -> Void) {
        pathBytes.withUnsafeBytes { all in
            var start = 0
            while let end = all[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let bytes = UnsafeRawBufferPointer(rebasing: all[start..<end])
                body(bytes, ContentHash.of(bytes))
                start = end + 1
            }
        }
    }

    private static func hash(_ path: String) -> UInt64 {
        var path = path
        return path.withUTF8 { ContentHash.of(UnsafeRawBufferPointer($0)) }
    }

    func encode(into writer: inout ByteWriter) {
        writer.write(entries.count)
        for (hash, entry) in entries {
            writer.write(hash)
            writer.write(entry.key)
            writer.write(entry.fingerprint)
            writer.write(entry.byteCount)
        }
        writer.write(pathBytes)
        writer.write(notes.count)
        for (name, note) in notes {
            writer.write(name)
            writer.write(note)
        }
    }

    init(from reader: inout ByteReader) throws(ByteReader.Corrupt) {
        let count = try reader.int()
        guard count <= reader.remaining / 32 else { throw ByteReader.Corrupt() }
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let hash = try reader.uint64()
            entries[hash] = Entry(key: try reader.uint64(), fingerprint: try reader.uint64(), byteCount: try reader.int())
        }
        pathBytes = try reader.data()
        for _ in 0..<(try reader.int()) {
            let name = try reader.string()
            notes[name] = try reader.data()
        }
    }
}
