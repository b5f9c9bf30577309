import Foundation

/// The short text each notice is summarised by (its `summary`, or the start of its body),
/// recorded when its page renders so that feeds and data need not parse the Markdown again.
public final class ExcerptStore: @unchecked Sendable {
    private var excerpts: [String]
    private let lock = NSLock()

    init(count: Int) {
        excerpts = Array(repeating: "", count: count)
    }

    public func record(_ excerpt: String, at position: Int) {
        lock.lock()
        excerpts[position] = excerpt
        lock.unlock()
    }

    public subscript(position: Int) -> String {
        lock.lock()
        defer { lock.unlock() }
        return excerpts[position]
    }

    /// At most `limit` characters of text, on one line.
    public static func excerpt(of text: String, limit: Int = 120) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }
}
