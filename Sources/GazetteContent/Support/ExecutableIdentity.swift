import Foundation

/// The running gazette binary as the file system sees it: a rebuilt or upgraded binary is a
/// new file (its size, time or inode differs), so caches made by another version are not trusted.
public enum ExecutableIdentity {
    public static let current: UInt64 = {
        var hasher = FingerprintHasher()
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return UInt64.random(in: 1...UInt64.max) }
        for number in [Int(info.st_dev), Int(info.st_ino), Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)] {
            hasher.combine(number)
        }
        return hasher.value
    }()
}
