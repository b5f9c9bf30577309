/// The cells of the HTML tables of a page, read the way a browser would group them: enough
/// of an HTML reader for markup this project writes (no comments or scripts inside tables).
struct TableCells {
    struct Cell: Equatable {
        var tag: String
        var attributes: String
        var text: String

        var classes: [String] {
            guard let start = attributes.range(of: "class=\"") else { return [] }
            let rest = attributes[start.upperBound...]
            return rest.prefix { $0 != "\"" }.split(separator: " ").map(String.init)
        }
    }

    struct Table {
        var caption: String
        var cells: [Cell]

        var amounts: [String] { cells.filter { $0.tag == "td" && $0.classes.contains("amount") }.map(\.text) }
    }

    let tables: [Table]

    init(html: String) {
        var tables: [Table] = []
        var rest = Substring(html)
        while let open = rest.range(of: "<table"), let close = rest.range(of: "</table>", range: open.upperBound..<rest.endIndex) {
            let body = rest[open.upperBound..<close.lowerBound]
            tables.append(Table(caption: Self.elements("caption", in: body).first?.text ?? "",
                                cells: Self.elements("th", in: body) + Self.elements("td", in: body)))
            rest = rest[close.upperBound...]
        }
        self.tables = tables
    }

    func table(captioned prefix: String) -> Table? {
        tables.first { $0.caption.hasPrefix(prefix) }
    }

    private static func elements(_ tag: String, in html: Substring) -> [Cell] {
        var cells: [Cell] = []
        var rest = html
        while let open = rest.range(of: "<\(tag)"), let end = rest.range(of: ">", range: open.upperBound..<rest.endIndex),
              let close = rest.range(of: "</\(tag)>", range: end.upperBound..<rest.endIndex) {
            let attributes = String(rest[open.upperBound..<end.lowerBound])
            if attributes.isEmpty || attributes.first == " " {
                cells.append(Cell(tag: tag, attributes: attributes, text: text(of: rest[end.upperBound..<close.lowerBound])))
            }
            rest = rest[close.upperBound...]
        }
        return cells
    }

    /// Markup removed and the entities this project writes decoded.
    static func text(of html: Substring) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
