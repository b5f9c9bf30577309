import Foundation
import GazetteDocument

/// Document trees read for one writer and wanted by another soon after (a notice's ODF and its
/// Akoma Ntoso file, whose jobs run side by side): the second takes the tree the first read
/// instead of reading the Markdown again. Only the latest trees are kept, so memory stays
/// bounded whatever the number of notices, and a tree nobody else wants is soon dropped.
final class SharedDocuments: @unchecked Sendable {
    private let capacity: Int
    private var trees: [String: Document] = [:]
    private var order: [String] = []
    private let lock = NSLock()

    init(capacity: Int = 128) {
        self.capacity = capacity
    }

    /// The tree under `key`, taken out if another writer read it; otherwise read by `make` and kept for the next.
    func take(_ key: String, make: () -> Document) -> Document {
        lock.lock()
        if let tree = trees.removeValue(forKey: key) {
            lock.unlock()
            return tree
        }
        lock.unlock()
        let tree = make()
        lock.lock()
        trees[key] = tree
        order.append(key)
        while trees.count > capacity, !order.isEmpty {
            trees.removeValue(forKey: order.removeFirst())
        }
        if order.count > capacity * 4 { order.removeAll { trees[$0] == nil } }
        lock.unlock()
        return tree
    }
}
