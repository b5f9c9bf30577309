import Foundation
import GazetteContent

/// Downloadable documents written for a page (ODF and others), with their sizes, so the page
/// can link them with type and size. Keyed by the page's output folder.
public final class DocumentRegistry: @unchecked Sendable {
    public struct Document: Sendable, Hashable {
        public var title: String
        public var url: String
        public var format: FileFormat
        public var byteCount: Int

        public init(title: String, url: String, format: FileFormat, byteCount: Int) {
            self.title = title
            self.url = url
            self.format = format
            self.byteCount = byteCount
        }
    }

    private var documents: [String: [Document]] = [:]
    private let lock = NSLock()

    public func register(_ document: Document, forPage page: String) {
        lock.lock()
        documents[page, default: []].append(document)
        lock.unlock()
    }

    /// Sorted by URL so the order never depends on which thread finished first.
    public func documents(forPage page: String) -> [Document] {
        lock.lock()
        defer { lock.unlock() }
        return (documents[page] ?? []).sorted { $0.url < $1.url }
    }

    /// For the key of a page that links its documents: a document of another size is another page.
    public func combine(forPage page: String, into hasher: inout FingerprintHasher) {
        for document in documents(forPage: page) {
            hasher.combine(document.title)
            hasher.combine(document.url)
            hasher.combine(document.format.name)
            hasher.combine(document.byteCount)
        }
    }

    public func templateData(forPage page: String) -> [String: Any] {
        let list = documents(forPage: page).map { document -> [String: Any] in
            ["title": document.title, "url": document.url, "format": document.format.name,
             "mediaType": document.format.mediaType, "size": ByteSize.format(document.byteCount)]
        }
        return ["documents": list, "hasDocuments": !list.isEmpty]
    }
}
