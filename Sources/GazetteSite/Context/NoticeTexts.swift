import Foundation

/// The plain text of each notice's body and the short text it is summarised by (its `summary`,
/// or the start of its body), recorded when its page renders so that feeds, data and search
/// read them instead of parsing the Markdown again.
public final class NoticeTexts: @unchecked Sendable {
    private var bodies: [String]
    private var excerpts: [String]
    private let lock = NSLock()

    init(count: Int) {
        bodies = Array(repeating: "", count: count)
        excerpts = Array(repeating: "", count: count)
    }

    public func record(body: String, excerpt: String, at position: Int) {
        lock.lock()
        bodies[position] = body
        excerpts[position] = excerpt
        lock.unlock()
    }

    /// Valid once the pages phase has run.
    public func body(at position: Int) -> String {
        lock.lock()
        defer { lock.unlock() }
        return bodies[position]
    }

    /// Valid once the pages phase has run.
    public func excerpt(at position: Int) -> String {
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
