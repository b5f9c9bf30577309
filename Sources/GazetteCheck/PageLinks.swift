/// What one page points at (every URL-valued attribute, and a meta refresh target) and the
/// ids it offers to fragments.
struct PageLinks: Sendable {
    struct Reference: Sendable, Hashable {
        var value: String
        var line: Int
    }

    private static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "poster", "data", "cite"]

    var references: [Reference] = []
    var ids: Set<String> = []

    init(html: String) {
        for tag in HTMLTagScanner.tags(in: html) {
            for attribute in tag.attributes {
                if Self.urlAttributes.contains(attribute.name) {
                    references.append(Reference(value: attribute.value, line: tag.line))
                } else if attribute.name == "srcset" {
                    references += Self.candidates(inSourceSet: attribute.value).map { Reference(value: $0, line: tag.line) }
                } else if attribute.name == "id" && !attribute.value.isEmpty {
                    ids.insert(attribute.value)
                }
            }
            if tag.name == "a", let name = tag[attribute: "name"], !name.isEmpty { ids.insert(name) }
            if tag.name == "meta", tag[attribute: "http-equiv"]?.lowercased() == "refresh",
               let target = Self.refreshTarget(tag[attribute: "content"] ?? "") {
                references.append(Reference(value: target, line: tag.line))
            }
        }
    }

    /// `img.png 1x, img@2x.png 2x`: the URL of each candidate.
    private static func candidates(inSourceSet value: String) -> [String] {
        value.split(separator: ",").compactMap { candidate in
            candidate.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).first.map(String.init)
        }
    }

    /// `0; url=/target/` gives `/target/`.
    private static func refreshTarget(_ content: String) -> String? {
        guard let range = content.range(of: "url", options: .caseInsensitive) else { return nil }
        var rest = content[range.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        if let quote = rest.first, quote == "'" || quote == "\"" {
            rest = rest.dropFirst().prefix { $0 != quote }
        }
        let target = String(rest).trimmingASCIISpaces()
        return target.isEmpty ? nil : target
    }
}
