import Foundation

/// A file's size, inode and modification and change times: when all are as they were, the file
/// was not written since. Trusted only for files untouched for a while before the cache was
/// saved (see `NoticeCache`), because two writes within one clock tick can leave the same times.
struct FileStamp: Equatable, Sendable {
    var size: Int
    var inode: UInt64
    var modified: Int
    var changed: Int

    init(size: Int, inode: UInt64, modified: Int, changed: Int) {
        self.size = size
        self.inode = inode
        self.modified = modified
        self.changed = changed
    }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        inode = UInt64(info.st_ino)
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        changed = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
    }
}
