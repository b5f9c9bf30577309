import Foundation
import GazetteContent
import ZIPFoundation

/// The entries that every package of one kind shares: `mimetype`, the manifest (every document
/// of a kind has the same parts) and the parts that never change (styles.xml). They are zipped
/// once per date and every document starts from a copy, so none of them is built or compressed
/// again for each of thousands of documents.
final class PackageTemplate: @unchecked Sendable {
    let kind: DocumentKind
    /// The parts each document adds, in order.
    let documentParts: [String]
    private let entries: [ODFPackage.Part]
    private var archives: [CivilDate: Data] = [:]
    private let lock = NSLock()

    init(kind: DocumentKind, shared: [ODFPackage.Part], documentParts: [String]) {
        self.kind = kind
        self.documentParts = documentParts
        let listed = shared.map { ($0.path, $0.mediaType) } + documentParts.map { ($0, "text/xml") }
        let manifest = PackageManifest.xml(kind: kind, parts: listed)
        entries = [
            ODFPackage.Part(path: "mimetype", mediaType: "", bytes: Data(kind.mediaType.utf8)),
            ODFPackage.Part(path: "META-INF/manifest.xml", xml: manifest),
        ] + shared
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
        for entry in entries {
            try ODFPackage.add(entry, to: archive, modified: modified)
        }
        guard let data = archive.data else { throw .cannotCreateArchive("the archive has no data") }
        return data
    }
}
