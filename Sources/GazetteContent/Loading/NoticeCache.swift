import Foundation

/// Notices parsed by an earlier build, by file and content hash: parsing the front matter of
/// 10,000 notices takes over a second, finding them here a few milliseconds. Only notices that
/// loaded without any message are kept, so a cached notice never hides a warning. Entries are
/// trusted only under the same site.yml and the same gazette binary, which decide validity.
public final class NoticeCache: @unchecked Sendable {
    private static let magic: UInt64 = 0x3143_4e5a_4745_5a41  // "AZEGZNC1"

    struct Entry {
        var sourceHash: UInt64
        var notice: Notice
    }

    private let file: URL
    private let lock = NSLock()
    private var known: [String: Entry] = [:]
    private var seen: [String: Entry] = [:]
    private var changed = false
    private var settingsKey: UInt64 = 0

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
        guard let data = FileManager.default.contents(atPath: file.path) else { return }
        var reader = ByteReader([UInt8](data))
        do {
            guard try reader.uint64() == Self.magic, try reader.uint64() == settingsKey else { return }
            for _ in 0..<(try reader.int()) {
                let path = try reader.string()
                let hash = try reader.uint64()
                known[path] = Entry(sourceHash: hash, notice: try Self.decodeNotice(&reader))
            }
        } catch {
            known = [:]
        }
    }

    func notice(at path: String, sourceHash: UInt64) -> Notice? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = known[path], entry.sourceHash == sourceHash else { return nil }
        seen[path] = entry
        return entry.notice
    }

    func store(_ notice: Notice, at path: String, sourceHash: UInt64) {
        lock.lock()
        seen[path] = Entry(sourceHash: sourceHash, notice: notice)
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
        writer.write(seen.count)
        for (path, entry) in seen.sorted(by: { $0.key < $1.key }) {
            writer.write(path)
            writer.write(entry.sourceHash)
            Self.encode(entry.notice, into: &writer)
        }
        let temporary = file.appendingPathExtension("new")
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard (try? Data(writer.bytes).write(to: temporary)) != nil else { return }
        rename(temporary.path, file.path)
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
        return Notice(slug: slug, issueSlug: issueSlug, title: title, category: category, agency: agency, number: number,
                      date: date, tags: tags, summary: hasSummary ? summary : nil, attachments: attachments,
                      isDraft: isDraft, body: "", sourcePath: "", bodyLine: bodyLine, numberLocation: numberLocation)
    }
}
