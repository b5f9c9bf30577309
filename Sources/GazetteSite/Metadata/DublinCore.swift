import GazetteContent
import GazetteDocument

/// The `<meta>` elements that 行政機關電子資料流通詮釋資料及分類檢索規範 (the Ministry of Digital
/// Affairs' rule, revised 2022) asks of every government web page: the fifteen Dublin Core
/// elements, all required and repeatable, written under the names the rule and the pages that
/// follow it use, then the keywords and the three national classifications.
public enum DublinCore {
    /// Every element name, in the order pages write them.
    public static let names = [
        "DC.Title", "DC.Creator", "DC.Subject", "DC.Description", "DC.Contributor", "DC.Type", "DC.Format",
        "DC.Source", "DC.Language", "DC.coverage.t.min", "DC.coverage.t.max", "DC.Publisher", "DC.Date",
        "DC.Identifier", "DC.Relation", "DC.Rights", "DC.Keywords", "Category.Theme", "Category.Cake", "Category.Service",
    ]

    /// A repeatable element is written once per value; an element without a value is left out.
    public static func elements(title: String, facts: PageFacts, publisher: Publisher, language: String) -> [MetaElement] {
        let classification = facts.classification.filled(from: publisher.classification)
        var elements: [MetaElement] = []
        elements.reserveCapacity(28)
        func add(_ name: String, _ values: [String]) {
            let first = elements.count
            for value in values {
                let text = PageFacts.singleLine(value)
                if !text.isEmpty, !elements[first...].contains(where: { $0.content == text }) {
                    elements.append(MetaElement(name, text))
                }
            }
        }
        func add(_ name: String, _ value: String?) { if let value { add(name, [value]) } }
        add("DC.Title", title)
        add("DC.Creator", facts.creators)
        add("DC.Subject", facts.subjects)
        add("DC.Description", facts.description)
        add("DC.Contributor", facts.contributors)
        add("DC.Type", facts.type)
        add("DC.Format", "text/html")
        add("DC.Source", facts.source)
        add("DC.Language", language)
        add("DC.coverage.t.min", facts.coverage?.from.iso)
        add("DC.coverage.t.max", facts.coverage?.to.iso)
        add("DC.Publisher", publisher.name)
        add("DC.Date", facts.date?.iso)
        add("DC.Identifier", publisher.agencyCode)
        add("DC.Relation", facts.relations)
        add("DC.Rights", publisher.rights)
        add("DC.Keywords", facts.keywords)
        add("Category.Theme", classification.theme)
        add("Category.Cake", classification.cake)
        add("Category.Service", classification.service)
        return elements
    }

    /// The elements as the page's head writes them, escaped.
    public static func html(_ elements: [MetaElement]) -> String {
        var html = ""
        for element in elements {
            html += "<meta name=\""
            HTMLText.append(element.name, to: &html)
            html += "\" content=\""
            HTMLText.append(element.content, to: &html)
            html += "\">\n"
        }
        return html
    }

    /// The names among `names` that `elements` lacks.
    public static func missing(from elements: [MetaElement]) -> [String] {
        let present = Set(elements.map(\.name))
        return names.filter { !present.contains($0) }
    }
}

extension PageFacts {
    /// An attribute value on one line, without the spaces around it. Most values have no line
    /// break and no space at either end: one pass over the bytes returns them as they are.
    static func singleLine(_ text: String) -> String {
        if isSingleTrimmedLine(text) { return text }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
    }

    /// No line break (LF, VT, FF, CR, U+0085, U+2028, U+2029: what `isNewline` breaks at) and
    /// no white space at either end.
    private static func isSingleTrimmedLine(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              !first.properties.isWhitespace, !last.properties.isWhitespace else { return false }
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if (0x0A...0x0D).contains(byte) { return false }
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 { return false }
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    return false
                }
                index += 1
            }
            return true
        }
    }
}
