import Foundation
import GazetteContent
import ZIPFoundation

/// The entries that every package of one kind shares: `mimetype`, then the parts that never
/// change (styles.xml). They are zipped once per date and every document starts from a copy,
/// so the style sheet is not compressed again for each of thousands of documents.
public final class PackageTemplate: @unchecked Sendable {
    public let kind: DocumentKind
    let parts: [ODFPackage.Part]
    private var archives: [CivilDate: Data] = [:]
    private let lock = NSLock()

    init(kind: DocumentKind, parts: [ODFPackage.Part]) {
        self.kind = kind
        self.parts = parts
    }

    /// The shared entries, dated `date` like the rest of the document they start.
    func archive(for date: CivilDate) throws(PackageError) -> Data {
        lock.lock()
        let cached = archives[date]
        lock.unlock()
        if let cached { return cached }
        let made = try make(date)
        lock.lock()
        archives[date] = made
        lock.unlock()
        return made
    }

    private func make(_ date: CivilDate) throws(PackageError) -> Data {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw .cannotCreateArchive(String(describing: error))
        }
        let modified = ODFPackage.timestamp(date)
        try ODFPackage.add(ODFPackage.Part(path: "mimetype", mediaType: "", bytes: Data(kind.mediaType.utf8), compressed: false),
                           to: archive, modified: modified)
        for part in parts {
            try ODFPackage.add(part, to: archive, modified: modified)
        }
        guard let data = archive.data else { throw .cannotCreateArchive("the archive has no data") }
        return data
    }
}
