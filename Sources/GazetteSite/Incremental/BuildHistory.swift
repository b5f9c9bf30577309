import Foundation

/// What a section may know about the previous build: the published folder and the notes
/// recorded then; and the notes this build leaves for the next one.
public final class BuildHistory: @unchecked Sendable {
    private let lock = NSLock()
    private var published: OutputManifest?
    private var publishedRoot: URL?
    private var recorded: [String: [UInt8]] = [:]

    init() {}

    func start(published: OutputManifest?, at root: URL) {
        lock.lock()
        self.published = published
        publishedRoot = root
        lock.unlock()
    }

    /// A note of the previous build, `nil` when there is no trusted previous build.
    public func previousNote(_ name: String) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        return published?.notes[name]
    }

    /// The published file at `path` and the key it was made with, when the previous build made it.
    public func publishedFile(_ path: String) -> (url: URL, key: UInt64)? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = published?[path], let publishedRoot else { return nil }
        return (publishedRoot.appendingPathComponent(path), entry.key)
    }

    public func record(note bytes: [UInt8], named name: String) {
        lock.lock()
        recorded[name] = bytes
        lock.unlock()
    }

    var notes: [String: [UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }
}
