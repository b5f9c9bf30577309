import GazetteSite

/// Where a reference on a page leads, judged against the site's base URL the way a browser
/// resolves it (RFC 3986): external, or a file of the output folder.
public struct SiteAddress: Sendable {
    public enum Resolution: Sendable, Hashable {
        /// Another site, or a scheme such as mailto: that is not a page.
        case external
        /// A file path relative to the output folder, percent-decoded ("" is the site's root),
        /// and the fragment, if any, percent-decoded.
        case file(String, fragment: String?)
        /// On this host but above the base path: nothing of the site can be there.
        case outsideSite(path: String)
        /// A '%' that is not followed by two hex digits, or bytes that are not UTF-8.
        case badEncoding
    }

    public let scheme: String
    public let authority: String
    /// Starts and ends with '/'.
    public let basePath: String

    public init(baseURL: String) {
        let (scheme, afterScheme) = Self.splitScheme(baseURL) ?? ("https", baseURL)
        self.scheme = scheme.lowercased()
        let (authority, path) = Self.splitAuthority(afterScheme.hasPrefix("//") ? String(afterScheme.dropFirst(2)) : afterScheme)
        self.authority = authority.lowercased()
        let withSlash = path.hasSuffix("/") ? path : path + "/"
        basePath = withSlash.hasPrefix("/") ? withSlash : "/" + withSlash
    }

    /// The URL path a page is served at: folders for index.html, the file name otherwise.
    public func urlPath(ofPage page: String) -> String {
        var segments = page.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if segments.last == "index.html" { segments[segments.count - 1] = "" }
        return basePath + segments.map(PercentEncoding.pathSegment).joined(separator: "/")
    }

    public func resolve(_ reference: String, onPage page: String) -> Resolution {
        var text = Substring(reference.trimmingASCIISpaces())
        var fragment: Substring?
        if let hash = text.firstIndex(of: "#") {
            fragment = text[text.index(after: hash)...]
            text = text[..<hash]
        }
        if let question = text.firstIndex(of: "?") { text = text[..<question] }

        var path: String
        if let (scheme, rest) = Self.splitScheme(String(text)) {
            guard scheme.lowercased() == self.scheme, rest.hasPrefix("//") else { return .external }
            let (authority, rawPath) = Self.splitAuthority(String(rest.dropFirst(2)))
            guard authority.lowercased() == self.authority else { return .external }
            path = rawPath.isEmpty ? "/" : rawPath
        } else if text.hasPrefix("//") {
            let (authority, rawPath) = Self.splitAuthority(String(text.dropFirst(2)))
            guard authority.lowercased() == self.authority else { return .external }
            path = rawPath.isEmpty ? "/" : rawPath
        } else if text.hasPrefix("/") {
            path = String(text)
        } else {
            let pageURL = urlPath(ofPage: page)
            let directory = pageURL[...pageURL.lastIndex(of: "/")!]
            path = text.isEmpty ? pageURL : String(directory + text)
        }
        path = Self.removingDotSegments(path)
        guard path.hasPrefix(basePath) || path + "/" == basePath else { return .outsideSite(path: path) }
        guard var file = PercentDecoding.decode(String(path.dropFirst(min(basePath.count, path.count)))) else { return .badEncoding }
        if file.isEmpty || file.hasSuffix("/") { file += "index.html" }
        var decodedFragment: String?
        if let fragment, !fragment.isEmpty {
            guard let decoded = PercentDecoding.decode(String(fragment)) else { return .badEncoding }
            decodedFragment = decoded
        }
        return .file(file, fragment: decodedFragment)
    }

    /// RFC 3986 scheme: a letter, then letters, digits, '+', '-' or '.', before the first ':'.
    private static func splitScheme(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
        return (String(scheme), String(text[text.index(after: colon)...]))
    }

    private static func splitAuthority(_ text: String) -> (String, String) {
        guard let slash = text.firstIndex(of: "/") else { return (text, "") }
        return (String(text[..<slash]), String(text[slash...]))
    }

    /// RFC 3986 section 5.2.4, on an absolute path.
    static func removingDotSegments(_ path: String) -> String {
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        return "/" + output.joined(separator: "/")
    }
}

extension String {
    /// HTML strips ASCII whitespace around a URL attribute's value.
    func trimmingASCIISpaces() -> String {
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { !ASCII.isSpace($0) }),
              let last = bytes.lastIndex(where: { !ASCII.isSpace($0) }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
