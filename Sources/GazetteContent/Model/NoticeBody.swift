import Foundation

/// A notice's Markdown, read from its file only when something needs it. A rebuild after a
/// one-notice edit takes unchanged notices from the cache by their file's size and times, and
/// most of their bodies are then never read: reading 10,000 files was half of such a rebuild.
final class NoticeBody: @unchecked Sendable, Hashable {
    private let lock = NSLock()
    private var text: String?
    private let file: String?

    init(text: String) {
        self.text = text
        file = nil
    }

    /// `file` must be the notice file the cache vouched for; a file that no longer reads gives
    /// an empty body (its next build finds the change and reports it).
    init(file: String) {
        text = nil
        self.file = file
    }

    static func == (lhs: NoticeBody, rhs: NoticeBody) -> Bool { lhs.value == rhs.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }

    var value: String {
        lock.lock()
        defer { lock.unlock() }
        if let text { return text }
        var loaded = ""
        if let file, let bytes = try? FolderListing.contents(of: file),
           case .success(let decoded) = SourceText.decode(bytes, path: file),
           case .success(let frontMatter) = FrontMatter.split(decoded, path: file) {
            loaded = frontMatter.body
        }
        text = loaded
        return loaded
    }
}
