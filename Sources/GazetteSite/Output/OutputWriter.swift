import Foundation

/// Writes job results into the staging folder; safe to call from many threads at once.
final class OutputWriter: @unchecked Sendable {
    let root: URL
    private let lock = NSLock()
    private var createdFolders: Set<String> = [""]

    init(root: URL) {
        self.root = root
    }

    func write(_ body: OutputJob.Body, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try ensureFolder(of: path)
        switch body {
        case .text(let text):
            try Data(text.utf8).write(to: url)
        case .data(let data):
            try data.write(to: url)
        case .copy(let source):
            try FileManager.default.copyItem(atPath: source, toPath: url.path)
        }
    }

    private func ensureFolder(of path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        lock.lock()
        let known = createdFolders.contains(folder)
        lock.unlock()
        guard !known else { return }
        try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        lock.lock()
        createdFolders.insert(folder)
        lock.unlock()
    }
}
