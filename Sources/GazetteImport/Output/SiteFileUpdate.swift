/// site.yml created, or extended with the categories and agencies an import found: new entries
/// are added at the end of their list, and nothing an editor wrote is changed or reordered.
struct SiteFileUpdate {
    var words: ImportWords

    func created(categories: [(slug: String, name: String)], agencies: [(slug: String, name: String)]) -> String {
        var text = "# Made by `gazette import`: set title and baseURL; later imports add categories and agencies.\n"
        text += YAMLWriter.write([
            ("title", .string(words.siteTitle)),
            ("baseURL", .string("https://gazette.example.gov.tw/")),
            ("language", .string("zh-Hant-TW")),
            ("description", .string(words.attribution)),
            ("publisher", .string(words.publisher)),
            ("rights", .string(words.rightsHolder)),
        ])
        text += "# agencyCode: the publisher's code in the national list of agency codes (DC.Identifier); `gazette check` asks for it.\n"
        text += "categories:\n" + entries(categories)
        text += "agencies:\n" + entries(agencies)
        return text
    }

    /// The existing text with the new entries appended to the `categories:` and `agencies:`
    /// block lists; nil when a list is not written in block form, so it cannot be extended safely.
    func extended(_ text: String, categories: [(slug: String, name: String)], agencies: [(slug: String, name: String)]) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        for (key, added) in [("categories", categories), ("agencies", agencies)] where !added.isEmpty {
            guard let start = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else {
                lines += [key + ":"] + entries(added).split(separator: "\n").map(String.init)
                continue
            }
            guard lines[start].dropFirst(key.count + 1).allSatisfy({ $0 == " " }) else { return nil }
            var end = start + 1
            while end < lines.count, lines[end].isEmpty || lines[end].hasPrefix(" ") || lines[end].hasPrefix("-") || lines[end].hasPrefix("#") {
                end += 1
            }
            while end > start + 1, lines[end - 1].allSatisfy({ $0 == " " }) || lines[end - 1].hasPrefix("#") { end -= 1 }
            let indent = lines[(start + 1)..<end].first { $0.drop { $0 == " " }.hasPrefix("-") }
                .map { String($0.prefix { $0 == " " }) } ?? "  "
            lines.insert(contentsOf: entries(added, indent: indent).split(separator: "\n").map(String.init), at: end)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func entries(_ list: [(slug: String, name: String)], indent: String = "  ") -> String {
        list.map { "\(indent)- slug: \($0.slug)\n\(indent)  name: \(YAMLWriter.quoted($0.name))\n" }.joined()
    }
}
