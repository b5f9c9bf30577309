import Foundation
#if canImport(Glibc)
import Glibc

/// Watches folders and everything below them with inotify: one watch per folder, new folders
/// watched as they appear. A thread blocks in `read`, so nothing polls the tree.
public final class FolderWatcher: @unchecked Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case cannotWatch(String, String)

        public var description: String {
            switch self {
            case .cannotWatch(let path, let reason):
                return "error: cannot watch '\(path)' for changes: \(reason); raise fs.inotify.max_user_watches or serve a smaller folder"
            }
        }
    }

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
        | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB)

    private let descriptor: Int32
    private let onChange: @Sendable () -> Void
    /// Only touched by the reading thread after `start`.
    private var folders: [Int32: String] = [:]

    public init(folders roots: [URL], onChange: @escaping @Sendable () -> Void) throws(Failure) {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw .cannotWatch(roots.first?.path ?? "", String(cString: strerror(errno))) }
        self.onChange = onChange
        for root in roots { try watchTree(root.standardizedFileURL.path) }
    }

    public func start() {
        let thread = Thread { [self] in readEvents() }
        thread.name = "gazette-watcher"
        thread.start()
    }

    private func watchTree(_ path: String) throws(Failure) {
        let watch = inotify_add_watch(descriptor, path, Self.mask | UInt32(IN_ONLYDIR))
        guard watch >= 0 else {
            // A folder removed between listing and watching is not an error.
            if errno == ENOENT || errno == ENOTDIR { return }
            throw .cannotWatch(path, String(cString: strerror(errno)))
        }
        folders[watch] = path
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for entry in entries.sorted() {
            let child = path + "/" + entry
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory), isDirectory.boolValue {
                try watchTree(child)
            }
        }
    }

    private func readEvents() {
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, capacity)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            var offset = 0
            var relevant = false
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                let name = event.len > 0 ? String(cString: nameStart.assumingMemoryBound(to: CChar.self)) : ""
                relevant = handle(event, name: name) || relevant
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
            }
            if relevant { onChange() }
        }
    }

    /// Whether the event can change the site: editors' swap and backup files cannot, and a
    /// rebuild for them would reload the page while the editor is still typing.
    private func handle(_ event: inotify_event, name: String) -> Bool {
        if event.mask & UInt32(IN_IGNORED) != 0 {
            folders.removeValue(forKey: event.wd)
            return false
        }
        if Self.isEditorScratch(name) { return false }
        let appeared = event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0
        if appeared, event.mask & UInt32(IN_ISDIR) != 0, let parent = folders[event.wd] {
            try? watchTree(parent + "/" + name)
        }
        return true
    }

    static func isEditorScratch(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~") || name == "4913"
    }
}
#endif
