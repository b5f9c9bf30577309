import GazetteContent

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
        let values: [String: [String]] = [
            "DC.Title": [title],
            "DC.Creator": facts.creators,
            "DC.Subject": facts.subjects,
            "DC.Description": facts.description.map { [$0] } ?? [],
            "DC.Contributor": facts.contributors,
            "DC.Type": [facts.type],
            "DC.Format": ["text/html"],
            "DC.Source": facts.source.map { [$0] } ?? [],
            "DC.Language": [language],
            "DC.coverage.t.min": facts.coverage.map { [$0.from.iso] } ?? [],
            "DC.coverage.t.max": facts.coverage.map { [$0.to.iso] } ?? [],
            "DC.Publisher": publisher.name.map { [$0] } ?? [],
            "DC.Date": facts.date.map { [$0.iso] } ?? [],
            "DC.Identifier": publisher.agencyCode.map { [$0] } ?? [],
            "DC.Relation": facts.relations,
            "DC.Rights": publisher.rights.map { [$0] } ?? [],
            "DC.Keywords": facts.keywords,
            "Category.Theme": classification.theme,
            "Category.Cake": classification.cake,
            "Category.Service": classification.service,
        ]
        var elements: [MetaElement] = []
        for name in names {
            var seen = Set<String>()
            for value in values[name] ?? [] {
                let text = PageFacts.singleLine(value)
                if !text.isEmpty, seen.insert(text).inserted { elements.append(MetaElement(name, text)) }
            }
        }
        return elements
    }

    /// The names among `names` that `elements` lacks.
    public static func missing(from elements: [MetaElement]) -> [String] {
        let present = Set(elements.map(\.name))
        return names.filter { !present.contains($0) }
    }
}

extension PageFacts {
    /// An attribute value on one line, without the spaces around it.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
    }
}
