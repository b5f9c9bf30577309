import Foundation

/// Links as a downloaded document must hold them: absolute, since the file may be read far from
/// the page it came from, and only to places a reader can safely open.
struct LinkResolver: Sendable {
    let page: URL?

    /// `pageURL` is the absolute address of the page the Markdown belongs to.
    init(pageURL: String) {
        page = URL(string: pageURL)
    }

    static let safeSchemes: Set<String> = ["http", "https", "mailto", "tel", "ftp"]

    func resolve(_ link: String) -> String? {
        let link = link.trimmingCharacters(in: .whitespaces)
        guard !link.isEmpty else { return nil }
        if let scheme = Self.scheme(of: link) {
            return Self.safeSchemes.contains(scheme) ? link : nil
        }
        return URL(string: link, relativeTo: page)?.absoluteString
    }

    /// The scheme of an absolute link (RFC 3986: a letter, then letters, digits, `+`, `-`, `.`, then `:`).
    static func scheme(of link: String) -> String? {
        var scheme = ""
        for scalar in link.unicodeScalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let allowed = isLetter || (!scheme.isEmpty && (("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar)))
            guard allowed else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }
}
