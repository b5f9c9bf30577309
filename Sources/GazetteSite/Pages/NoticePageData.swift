import GazetteContent
import Mustache

/// What `notice.mustache` reads under `notice`, answering lookups directly: ten thousand notice
/// pages made a dictionary of twenty entries each, and swift-mustache reads a prepared value faster.
struct NoticePageData: MustacheParent {
    let notice: Notice
    let item: NoticeItem
    let body: String
    /// Every issuing agency, the first one first; a joint notice has several.
    let agencies: [TemplateLink]
    let category: TemplateLink
    let issue: TemplateLink
    let tags: [TemplateLink]
    let attachments: [TemplateStrings]
    /// One per document number: `number`, `url` and `text` (the absolute address).
    let shortLinks: [TemplateStrings]
    let previous: TemplateLink?
    let next: TemplateLink?

    func child(named name: String) -> Any? {
        switch name {
        case "title": notice.title
        case "number": notice.number
        case "dateISO": item.dateISO
        case "dateROC": item.dateROC
        case "agency": agencies.first
        case "agencies": agencies
        case "numbers": shortLinks
        case "category": category
        case "issue": issue
        case "tags": tags
        case "hasTags": !tags.isEmpty
        case "body": body
        case "attachments": attachments
        case "hasAttachments": !attachments.isEmpty
        case "shortLink": shortLinks.first?.values["url"]
        case "shortLinkText": shortLinks.first?.values["text"]
        case "shortLinks": shortLinks
        case "isDraft": notice.isDraft
        case "previous": previous
        case "next": next
        default: nil
        }
    }
}
