import GazetteDocument

/// Reads the Word-exported HTML of a real gazette into Gazette's document tree: paragraphs as
/// printed, legal numbering and articles found as the Markdown reader finds them, bordered tables
/// as data or comparison tables. Word's layout (spans, fonts, styles, the borderless tables it
/// lays the page out with) is dropped, and so is anything active: scripts, styles, event
/// handlers, forms, and links other than http, https and mailto.
public struct HTMLReader: Sendable {
    public init() {}

    public struct Result: Sendable {
        public var document: Document
        /// Images in the source, which refer to files outside the record and are left out.
        public var droppedImages: Int
    }

    public func read(_ html: String) -> Result {
        let parsed = ParsedHTML(html)
        var collector = BlockCollector()
        for node in parsed.nodes { collector.visit(node) }
        let blocks = collector.finish()
        return Result(document: Document(LegalStructure(recognisesArticles: true).apply(to: blocks)),
                      droppedImages: collector.droppedImages)
    }
}
