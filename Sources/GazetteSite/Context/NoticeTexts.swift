import Foundation
import GazetteContent
import GazetteDocument

/// The plain text of each notice's body and the short text it is summarised by (its `summary`,
/// or the start of its body). Notice pages record them as they render; a notice whose page was
/// reused from the previous build has its body read here when feeds, data or search ask.
public final class NoticeTexts: @unchecked Sendable {
    private var texts: [(body: String, excerpt: String)?]
    private let notices: [Notice]
    private let bodies: NoticeDocuments
    private let lock = NSLock()

    init(notices: [Notice], bodies: NoticeDocuments) {
        texts = Array(repeating: nil, count: notices.count)
        self.notices = notices
        self.bodies = bodies
    }

    public func record(body: String, excerpt: String, at position: Int) {
        lock.lock()
        texts[position] = (body, excerpt)
        lock.unlock()
    }

    public func body(at position: Int) -> String { text(at: position).body }

    public func excerpt(at position: Int) -> String { text(at: position).excerpt }

    private func text(at position: Int) -> (body: String, excerpt: String) {
        lock.lock()
        let known = texts[position]
        lock.unlock()
        if let known { return known }
        let notice = notices[position]
        let body = PlainTextWriter.write(bodies.document(of: notice))
        let made = (body, Self.excerpt(of: notice.summary ?? body))
        record(body: made.0, excerpt: made.1, at: position)
        return made
    }

    /// At most `limit` characters of text, on one line.
    /// Line breaks, however many in a row, become one space; only the first `limit` + 1 characters
    /// are looked at, since bodies run to thousands.
    public static func excerpt(of text: String, limit: Int = 120) -> String {
        var excerpt = ""
        var count = 0
        var breakPending = false
        for character in text {
            if character.isNewline {
                breakPending = count > 0
                continue
            }
            if breakPending {
                excerpt.append(" ")
                count += 1
                breakPending = false
            }
            excerpt.append(character)
            count += 1
            if count > limit {
                return String(excerpt.prefix(limit)) + "…"
            }
        }
        return excerpt
    }
}
