import GazetteContent

/// What a page says of itself to machines: its `<meta>` elements under the national rule
/// and its schema.org JSON-LD.
public struct PageMetadata: Sendable {
    public let facts: PageFacts
    public let elements: [MetaElement]
    /// `elements` as `<meta>` tags, escaped: written once here rather than by a template loop on every page.
    public let html: String
    public let linkedData: String

    public init(_ subject: PageSubject, title: String, description: String?, segments: [String],
                breadcrumbs: [Breadcrumb], in site: SiteContext) {
        facts = SubjectFacts.facts(of: subject, title: title, description: description, in: site)
        elements = DublinCore.elements(title: title, facts: facts, publisher: site.site.publisher, language: site.site.language)
        html = DublinCore.html(elements)
        linkedData = LinkedData.graph(of: subject, title: title, segments: segments,
                                      breadcrumbs: breadcrumbs, in: site).serialized
    }
}
