import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        case .text(var text):
            try text.withUTF8 { try Self.writeFile(url.path, UnsafeRawBufferPointer($0)) }
        case .data(let data):
            try data.withUnsafeBytes { try Self.writeFile(url.path, $0) }
        case .copy(let source):
            try FileManager.default.copyItem(atPath: source, toPath: url.path)
        }
    }

    /// Plain POSIX writes: Foundation's Data.write syncs every file to disk, which made a build of
    /// 20,000 small files wait on the disk; the staging swap is what makes the output consistent.
    private static func writeFile(_ path: String, _ bytes: UnsafeRawBufferPointer) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            offset += written
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
