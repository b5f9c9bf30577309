import GazetteContent
import Mustache

/// What `notice.mustache` reads under `notice`, answering lookups directly: ten thousand notice
/// pages made a dictionary of twenty entries each, and swift-mustache reads a prepared value faster.
struct NoticePageData: MustacheParent {
    let notice: Notice
    let item: NoticeItem
    let body: String
    let agency: TemplateLink
    let category: TemplateLink
    let issue: TemplateLink
    let tags: [TemplateLink]
    let attachments: [TemplateStrings]
    let shortLink: String
    let shortLinkText: String
    let previous: TemplateLink?
    let next: TemplateLink?

    func child(named name: String) -> Any? {
        switch name {
        case "title": notice.title
        case "number": notice.number
        case "dateISO": item.dateISO
        case "dateROC": item.dateROC
        case "agency": agency
        case "category": category
        case "issue": issue
        case "tags": tags
        case "hasTags": !tags.isEmpty
        case "body": body
        case "attachments": attachments
        case "hasAttachments": !attachments.isEmpty
        case "shortLink": shortLink
        case "shortLinkText": shortLinkText
        case "isDraft": notice.isDraft
        case "previous": previous
        case "next": next
        default: nil
        }
    }
}
