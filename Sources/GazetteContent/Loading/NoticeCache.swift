import Foundation
import GazetteDocument

/// Notices parsed by an earlier build, by file and content hash: parsing the front matter of
/// 10,000 notices takes over a second, finding them here a few milliseconds. Only notices that
/// loaded without any message are kept, so a cached notice never hides a warning. Entries are
/// trusted only under the same site.yml and the same gazette binary, which decide validity.
/// A file whose stamp (size, inode, times) is unchanged is not even read: its body is read only
/// if a page needs it.
public final class NoticeCache: @unchecked Sendable {
    private static let magic: UInt64 = 0x3543_4e5a_4745_5a41  // "AZEGZNC5"
    /// A file written less than this long before the load that hashed it started may have changed
    /// again within the same clock tick without its stamp changing; such files are read and hashed.
    private static let settleNanoseconds = 2_000_000_000

    struct Entry {
        var sourceHash: UInt64
        var stamp: FileStamp
        var notice: Notice
        /// Where the entry lies in the file it was read from, while unchanged: saved by copying.
        var record: Range<Int>?
    }

    private let file: URL
    private let lock = NSLock()
    /// Where each file's entry starts in `bytes`: entries are decoded only when asked for, on the
    /// loading threads, instead of all 10,000 before loading starts.
    private var known: [String: Range<Int>] = [:]
    private var bytes: [UInt8] = []
    private var seen: [String: Entry] = [:]
    private var changed = false
    private var settingsKey: UInt64 = 0
    /// When the load that wrote the cache began: every file it hashed was read after this.
    private var loadedAt = 0
    private var loadStarted = 0

    public init(file: URL) {
        self.file = file
    }

    /// For `--clean`: nothing earlier is trusted.
    public func forget() {
        try? FileManager.default.removeItem(at: file)
    }

    /// Reads the cache file; entries made under other settings or another binary are dropped.
    func open(settings: String) {
        var hasher = FingerprintHasher()
        hasher.combine(ExecutableIdentity.current)
        hasher.combine(settings)
        settingsKey = hasher.value
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        loadStarted = Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec)
        guard let contents = try? FolderListing.contents(of: file.path) else { return }
        bytes = contents
        var reader = ByteReader(bytes)
        do {
            guard try reader.uint64() == Self.magic, try reader.uint64() == settingsKey else { return }
            loadedAt = try reader.int()
            for _ in 0..<(try reader.int()) {
                let path = try reader.string()
                let length = try reader.int()
                known[path] = reader.position..<reader.position + length
                try reader.skip(length)
            }
        } catch {
            known = [:]
        }
    }

    /// `nil` also for an entry that does not decode: the file is then parsed.
    private func entry(_ path: String) -> Entry? {
        guard let record = known[path] else { return nil }
        var reader = ByteReader(bytes, at: record.lowerBound)
        do {
            let hash = try reader.uint64()
            let stamp = FileStamp(size: try reader.int(), inode: try reader.uint64(), modified: try reader.int(),
                                  changed: try reader.int())
            return Entry(sourceHash: hash, stamp: stamp, notice: try Self.decodeNotice(&reader), record: record)
        } catch {
            return nil
        }
    }

    /// The notice, and the hash of its file, when the file's stamp is the one recorded and old
    /// enough to be trusted.
    func notice(at path: String, stamp: FileStamp) -> (Notice, sourceHash: UInt64)? {
        guard max(stamp.modified, stamp.changed) < loadedAt - Self.settleNanoseconds,
              let entry = entry(path), entry.stamp == stamp else { return nil }
        lock.lock()
        seen[path] = entry
        lock.unlock()
        return (entry.notice, entry.sourceHash)
    }

    func notice(at path: String, sourceHash: UInt64, stamp: FileStamp) -> Notice? {
        guard var entry = entry(path), entry.sourceHash == sourceHash else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if entry.stamp != stamp {
            entry.stamp = stamp
            entry.record = nil
            changed = true
        }
        seen[path] = entry
        return entry.notice
    }

    func store(_ notice: Notice, at path: String, sourceHash: UInt64, stamp: FileStamp) {
        lock.lock()
        seen[path] = Entry(sourceHash: sourceHash, stamp: stamp, notice: notice, record: nil)
        changed = true
        lock.unlock()
    }

    /// Writes the notices of this load (and only those: deleted files drop out) when any changed.
    public func save() {
        lock.lock()
        defer { lock.unlock() }
        guard changed || seen.count != known.count else { return }
        var writer = ByteWriter()
        writer.write(Self.magic)
        writer.write(settingsKey)
        writer.write(loadStarted)
        writer.write(seen.count)
        for (path, entry) in seen {
            writer.write(path)
            if let record = entry.record {
                writer.write(Array(bytes[record]))
                continue
            }
            var record = ByteWriter()
            record.write(entry.sourceHash)
            record.write(entry.stamp.size)
            record.write(entry.stamp.inode)
            record.write(entry.stamp.modified)
            record.write(entry.stamp.changed)
            Self.encode(entry.notice, into: &record)
            writer.write(record.bytes)
        }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FolderListing.replace(file.path, with: writer.bytes, via: file.path + ".new")
    }

    /// The body is not stored: it is cut from the file, which is read anyway to be hashed.
    private static func encode(_ notice: Notice, into writer: inout ByteWriter) {
        for text in [notice.slug, notice.issueSlug, notice.title, notice.category, notice.agency, notice.number] {
            writer.write(text)
        }
        writer.write(notice.date.year)
        writer.write(notice.date.month)
        writer.write(notice.date.day)
        writer.write(notice.tags.count)
        for tag in notice.tags { writer.write(tag) }
        writer.write(notice.summary == nil ? 0 : 1)
        writer.write(notice.summary ?? "")
        writer.write(notice.attachments.count)
        for attachment in notice.attachments {
            writer.write(attachment.title)
            writer.write(attachment.file)
        }
        writer.write(notice.isDraft ? 1 : 0)
        writer.write(notice.bodyLine)
        writer.write(notice.numberLocation.line)
        writer.write(notice.numberLocation.column)
        writer.write(notice.agencies.count)
        for agency in notice.agencies { writer.write(agency) }
        writer.write(notice.numbers.count)
        for (number, location) in zip(notice.numbers, notice.numberLocations) {
            writer.write(number)
            writer.write(location.line)
            writer.write(location.column)
        }
        writer.write(notice.signers.count)
        for signer in notice.signers {
            writer.write(signer.title)
            writer.write(signer.name)
        }
        writer.write(notice.delegation == nil ? 0 : 1)
        writer.write(notice.delegation ?? "")
        for text in [notice.titleEnglish, notice.subtype, notice.source?.id, notice.source?.url] {
            writer.write(text == nil ? 0 : 1)
            writer.write(text ?? "")
        }
        writer.write(notice.isRepublication ? 1 : 0)
        writer.write(notice.republicationLocation.line)
        writer.write(notice.republicationLocation.column)
        for (_, codes) in notice.classification.schemes {
            writer.write(codes.count)
            for code in codes { writer.write(code) }
        }
        notice.lifecycle.encode(into: &writer)
    }

    private static func optionalString(_ reader: inout ByteReader) throws(ByteReader.Corrupt) -> String? {
        let isPresent = try reader.int() == 1
        let text = try reader.string()
        return isPresent ? text : nil
    }

    private static func strings(_ reader: inout ByteReader) throws(ByteReader.Corrupt) -> [String] {
        var texts: [String] = []
        for _ in 0..<(try reader.int()) { texts.append(try reader.string()) }
        return texts
    }

    private static func decodeNotice(_ reader: inout ByteReader) throws(ByteReader.Corrupt) -> Notice {
        let slug = try reader.string(), issueSlug = try reader.string(), title = try reader.string()
        let category = try reader.string(), agency = try reader.string(), number = try reader.string()
        guard let date = CivilDate(year: try reader.int(), month: try reader.int(), day: try reader.int()) else {
            throw ByteReader.Corrupt()
        }
        var tags: [String] = []
        for _ in 0..<(try reader.int()) { tags.append(try reader.string()) }
        let hasSummary = try reader.int() == 1
        let summary = try reader.string()
        var attachments: [Attachment] = []
        for _ in 0..<(try reader.int()) {
            attachments.append(Attachment(title: try reader.string(), file: try reader.string(), sourceURL: "", byteCount: 0))
        }
        let isDraft = try reader.int() == 1
        let bodyLine = try reader.int()
        let numberLocation = SourceLocation(path: "", line: try reader.int(), column: try reader.int())
        var agencies: [String] = []
        for _ in 0..<(try reader.int()) { agencies.append(try reader.string()) }
        var numbers: [String] = []
        var numberLocations: [SourceLocation] = []
        for _ in 0..<(try reader.int()) {
            numbers.append(try reader.string())
            numberLocations.append(SourceLocation(path: "", line: try reader.int(), column: try reader.int()))
        }
        var signers: [Signature.Signer] = []
        for _ in 0..<(try reader.int()) { signers.append(Signature.Signer(title: try reader.string(), name: try reader.string())) }
        let hasDelegation = try reader.int() == 1
        let delegation = try reader.string()
        let titleEnglish = try optionalString(&reader), subtype = try optionalString(&reader)
        let sourceID = try optionalString(&reader), sourceURL = try optionalString(&reader)
        let isRepublication = try reader.int() == 1
        let republicationLocation = SourceLocation(path: "", line: try reader.int(), column: try reader.int())
        let classification = NoticeClassification(theme: try strings(&reader), cake: try strings(&reader),
                                                  service: try strings(&reader))
        let lifecycle = try NoticeLifecycle.decode(&reader)
        return Notice(slug: slug, issueSlug: issueSlug, title: title, category: category, agency: agency, number: number,
                      date: date, tags: tags, summary: hasSummary ? summary : nil, attachments: attachments,
                      isDraft: isDraft, body: "", sourcePath: "", bodyLine: bodyLine, numberLocation: numberLocation,
                      agencies: agencies, numbers: numbers, numberLocations: numberLocations, signers: signers,
                      delegation: hasDelegation ? delegation : nil, titleEnglish: titleEnglish, subtype: subtype,
                      isRepublication: isRepublication, republicationLocation: republicationLocation,
                      source: sourceID.map { NoticeSource(id: $0, url: sourceURL) }, classification: classification,
                      lifecycle: lifecycle)
    }
}
