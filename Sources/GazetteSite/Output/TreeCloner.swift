import Foundation
import GazetteContent
#if canImport(Glibc)
import Glibc
#endif

/// Folder walks with plain POSIX calls: the output holds tens of thousands of files, and
/// FileManager's enumerator costs several times more per entry.
enum TreeCloner {
    /// Makes `destination` a copy of `source` whose files are hard links to the source's:
    /// no file content is copied, and the writer never writes into a linked file in place.
    /// Returns the files linked.
    @discardableResult
    static func linkCopy(of source: URL, to destination: URL, except skipped: Set<String> = []) throws -> Set<String> {
        var linked = Set<String>()
        try FolderListing.makeFolder(destination.path)
        try walk(source.path) { relative, isFolder in
            guard !skipped.contains(relative) else { return }
            let from = source.path + "/" + relative
            let to = destination.path + "/" + relative
            if isFolder {
                try FolderListing.makeFolder(to)
            } else if link(from, to) != 0 {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            } else {
                linked.insert(relative)
            }
        }
        return linked
    }

    /// Every file and folder under `root`, parents before children, as paths relative to `root`.
    static func walk(_ root: String, _ visit: (String, Bool) throws -> Void) throws {
        var pending = [""]
        while let relative = pending.popLast() {
            for entry in try FolderListing.entries(of: relative.isEmpty ? root : root + "/" + relative) {
                let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
                try visit(path, entry.isFolder)
                if entry.isFolder { pending.append(path) }
            }
        }
    }
}
