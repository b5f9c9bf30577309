import GazetteContent

/// What a page is about, which decides what it says of itself to machines: its Dublin Core
/// elements (`DublinCore`) and its schema.org description (`LinkedData`).
public enum PageSubject: Sendable {
    /// The site as a whole: the home page, the indexes, search, the statements.
    case site
    case notice(Int)
    case issue(Issue)
    /// A list of notices (a category's, an agency's, a tag's, a year's, a regulation's), with the
    /// codes of what it lists when it lists one category or one agency.
    case notices([Int], classification: NoticeClassification = NoticeClassification())
    /// A page of an extension (a plan), which describes itself.
    case described(PageFacts, entity: JSONValue?)
}
