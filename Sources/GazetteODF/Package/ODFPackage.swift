import Foundation
import GazetteContent
import ZIPFoundation

/// An OpenDocument package: a ZIP whose first entry is `mimetype`, stored uncompressed and
/// without an extra field so that tools can read the type at a fixed offset, then the manifest
/// and the parts every document of its kind shares (its template), then its own parts.
struct ODFPackage: Sendable {
    struct Part: Sendable {
        var path: String
        var mediaType: String
        var bytes: Data
        /// Deflated from `compressionThreshold` bytes on; smaller parts are stored.
        var isCompressed: Bool

        /// Deflating a few kilobytes saves little but sets up a compressor from scratch, which
        /// dominates when ten thousand notices are written; a whole issue shrinks fivefold.
        static let compressionThreshold = 16_384

        init(path: String, mediaType: String = "text/xml", bytes: Data) {
            self.path = path
            self.mediaType = mediaType
            self.bytes = bytes
            isCompressed = bytes.count >= Self.compressionThreshold
        }

        init(path: String, xml: String) {
            self.init(path: path, bytes: Data(xml.utf8))
        }
    }

    var template: PackageTemplate
    /// The parts of this document alone, after the template's.
    var parts: [Part]
    /// Every entry's timestamp: the content's own date, never the build clock, so that the same
    /// content always gives the same bytes.
    var date: CivilDate

    init(template: PackageTemplate, parts: [Part], date: CivilDate) {
        self.template = template
        self.parts = parts
        self.date = date
    }

    /// The package as the bytes of a `.odt` or `.ods` file.
    func archive() throws(PackageError) -> Data {
        precondition(parts.map(\.path) == template.documentParts, "the template's manifest lists other parts")
        let start = try template.archive(for: date)
        let archive: Archive
        do {
            archive = try Archive(data: start, accessMode: .update)
        } catch {
            throw .cannotCreateArchive(String(describing: error))
        }
        let modified = Self.timestamp(date)
        for part in parts {
            try Self.add(part, to: archive, modified: modified)
        }
        guard let data = archive.data else { throw .cannotCreateArchive("the archive has no data") }
        return data
    }

    /// ZIPFoundation turns entry dates into DOS time with gmtime(3), whose result lives in one
    /// buffer for the whole process: documents packed on several threads at once swapped years.
    private static let entryDateLock = NSLock()

    static func add(_ part: Part, to archive: Archive, modified: Date) throws(PackageError) {
        let bytes = part.bytes
        entryDateLock.lock()
        defer { entryDateLock.unlock() }
        do {
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: modified, compressionMethod: part.isCompressed ? .deflate : .none,
                                 bufferSize: max(bytes.count, 1)) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        } catch {
            throw .cannotAddEntry(path: part.path, String(describing: error))
        }
    }

    /// Noon UTC of the content's date: ZIP stores local date and time without a zone, and noon
    /// keeps the calendar day whatever zone a reader's tool assumes.
    static func timestamp(_ date: CivilDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(daysSinceEpoch(date) * 86_400 + 12 * 3_600))
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysSinceEpoch(_ date: CivilDate) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
