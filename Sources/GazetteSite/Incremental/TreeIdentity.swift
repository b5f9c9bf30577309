import Foundation

/// A folder as the file system knows it (device and inode): it survives the renames that swap
/// the output and the spare folder, so the cache can tell which manifest belongs to which.
struct TreeIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }

    /// `nil` when the folder does not exist (or is not a folder).
    init?(of url: URL) {
        var info = stat()
        guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
