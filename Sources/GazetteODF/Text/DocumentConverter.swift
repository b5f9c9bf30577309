import GazetteDocument

/// A body's document tree as ODF text: every block and inline becomes the ODF element and named
/// style that means the same, never by way of HTML.
struct DocumentConverter {
    /// The outline level of the body's top headings: the document's own title sits above them.
    var topHeadingLevel = 2
    /// Turns a link as written into the address a downloaded document can follow; `nil` drops
    /// the link and keeps its text.
    var resolveLink: (String) -> String?
    /// Starts the name of each table and article bookmark of the body. LibreOffice shows them in
    /// its navigator and wants them unique in a document, and an issue's document holds many
    /// bodies, several with a 第三條: each notice passes its slug.
    var namePrefix = "body"

    func append(_ document: Document, to body: inout TextBody) {
        var writer = BodyWriter(resolveLink: resolveLink, headingShift: topHeadingLevel - Self.topLevel(in: document),
                                namePrefix: namePrefix)
        writer.xml.reserveCapacity(4_096)
        writer.write(document.blocks)
        body.styles.add(writer.styles)
        body.appendMarkup(writer.xml)
    }

    /// The level of the body's highest heading, so that bodies written from `#` and from `##`
    /// both start at `topHeadingLevel`.
    static func topLevel(in document: Document) -> Int {
        var level: Int?
        for case .heading(let headingLevel, _) in document.blocks {
            level = min(level ?? 6, headingLevel)
        }
        return level ?? 2
    }
}
