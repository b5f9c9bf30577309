import Foundation
import GazetteContent
#if canImport(Glibc)
import Glibc
#endif

/// Writes job results into the spare folder; safe to call from many threads at once. Files in the
/// spare may be hard links shared with the published site, so a file is never rewritten in place
/// while another name points to it.
final class OutputWriter: @unchecked Sendable {
    let root: URL
    private let published: URL
    private let lock = NSLock()
    private var knownFolders: Set<String> = [""]

    init(root: URL, published: URL) {
        self.root = root
        self.published = published
    }

    func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        try ensureFolder(of: path)
        try Self.writeFile(root.path + "/" + path, bytes)
    }

    /// Puts the published site's file at `path` into the spare, as a hard link.
    func linkPublished(_ path: String) throws {
        try ensureFolder(of: path)
        let target = root.path + "/" + path
        if unlink(target) != 0 && errno != ENOENT { throw Self.posixError() }
        guard link(published.path + "/" + path, target) == 0 else { throw Self.posixError() }
    }

    /// Removes a file the new site no longer has, and the folders it leaves empty.
    func remove(_ path: String) {
        guard unlink(root.path + "/" + path) == 0 else { return }
        var folder = path
        while let slash = folder.lastIndex(of: "/") {
            folder = String(folder[..<slash])
            guard rmdir(root.path + "/" + folder) == 0 else { return }
        }
    }

    /// Plain POSIX writes: Foundation's Data.write syncs every file to disk, which made a build of
    /// 20,000 small files wait on the disk; the swap is what makes the output consistent.
    private static func writeFile(_ path: String, _ bytes: UnsafeRawBufferPointer) throws {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw posixError() }
        var info = stat()
        if fstat(descriptor, &info) == 0 && info.st_nlink > 1 {
            close(descriptor)
            guard unlink(path) == 0 else { throw posixError() }
            descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw posixError() }
        } else if info.st_size > 0 {
            guard ftruncate(descriptor, 0) == 0 else {
                close(descriptor)
                throw posixError()
            }
        }
        defer { close(descriptor) }
        try FolderListing.writeAll(bytes, to: descriptor)
    }

    private static func posixError() -> POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }

    private func ensureFolder(of path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        lock.lock()
        let known = knownFolders.contains(folder)
        lock.unlock()
        guard !known else { return }
        try FolderListing.makeFolder(root.path + "/" + folder)
        lock.lock()
        knownFolders.insert(folder)
        lock.unlock()
    }
}
