import Foundation

/// What a browser sends back to ask "has this file changed?": an ETag from size and modification
/// time, and the modification time itself as an HTTP date.
struct FileValidators {
    let entityTag: String
    let lastModified: String

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let seconds = Int(info.st_mtim.tv_sec)
        entityTag = "\"\(String(info.st_size, radix: 16))-\(String(seconds, radix: 16))-\(String(info.st_mtim.tv_nsec, radix: 16))\""
        lastModified = Self.httpDate(seconds)
    }

    /// If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2). The date
    /// must be the one this server sent, as nginx does by default: a browser only echoes it.
    func allowsNotModified(ifNoneMatch: String?, ifModifiedSince: String?) -> Bool {
        if let ifNoneMatch {
            let tags = ifNoneMatch.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return tags.contains("*") || tags.contains { $0 == entityTag || $0 == "W/" + entityTag }
        }
        return ifModifiedSince == lastModified
    }

    static func httpDate(_ seconds: Int) -> String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        var buffer = [CChar](repeating: 0, count: 64)
        let count = strftime(&buffer, buffer.count, "%a, %d %b %Y %H:%M:%S GMT", &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
