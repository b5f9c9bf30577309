/// The rule for an address written in content (a notice's `source.url`), which pages print as
/// a link and open data exports.
enum WebAddress {
    /// The address as it is linked: an absolute http(s) URL with a host, its non-ASCII characters
    /// percent-encoded as UTF-8 (a record's address may hold Chinese text). `nil` for any other
    /// scheme (`javascript:` above all), and for spaces, quotes, angle brackets, control or
    /// invisible characters, which no URL holds and which would change what a page links to.
    static func normalized(_ text: String) -> String? {
        let lowercased = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lowercased.hasPrefix($0) }) else { return nil }
        let authority = text.dropFirst(scheme.count).prefix { !"/?#".contains($0) }
        guard let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last,
              let first = hostAndPort.first, first != ":" else { return nil }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                guard scalar.value > 0x20, scalar.value != 0x7F, !"\"<>\\^`{|}".unicodeScalars.contains(scalar) else { return nil }
                result.unicodeScalars.append(scalar)
            } else {
                let category = scalar.properties.generalCategory
                guard !scalar.properties.isWhitespace, category != .control, category != .format else { return nil }
                for byte in String(scalar).utf8 { result += "%" + String(byte, radix: 16, uppercase: true) }
            }
        }
        return result
    }
}
