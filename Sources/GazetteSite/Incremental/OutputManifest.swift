import GazetteContent

/// What one output folder holds: per file, the fingerprint of the bytes and the key of the
/// inputs it was made from. Two builds with the same key for a path made the same bytes.
public struct OutputManifest: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// Zero when the job has no key: such files are made again on every build.
        public var key: UInt64
        public var fingerprint: UInt64
        public var byteCount: Int
    }

    public var entries: [String: Entry] = [:]
    /// Facts a section wants to find again in the next build (the search index's document list).
    public var notes: [String: [UInt8]] = [:]

    public init() {}

    func encode(into writer: inout ByteWriter) {
        // Unsorted: the cache need not be byte-identical between builds, and sorting 60,000 paths
        // cost a tenth of the time of a build that changed one notice.
        writer.write(entries.count)
        for (path, entry) in entries {
            writer.write(path)
            writer.write(entry.key)
            writer.write(entry.fingerprint)
            writer.write(entry.byteCount)
        }
        writer.write(notes.count)
        for (name, note) in notes {
            writer.write(name)
            writer.write(note)
        }
    }

    init(from reader: inout ByteReader) throws(ByteReader.Corrupt) {
        let count = try reader.int()
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let path = try reader.string()
            entries[path] = Entry(key: try reader.uint64(), fingerprint: try reader.uint64(), byteCount: try reader.int())
        }
        for _ in 0..<(try reader.int()) {
            let name = try reader.string()
            notes[name] = try reader.data()
        }
    }
}
