import GazetteContent
import Mustache

/// What `notice.mustache` reads under `notice`, answering lookups directly: ten thousand notice
/// pages made a dictionary of twenty entries each, and swift-mustache reads a prepared value faster.
/// Optional texts come with a `has…` flag, so that a missing one is false rather than looked up
/// in an outer context.
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
    /// One per document number: `number`, `url` and `text` (the absolute address of its short link).
    let numbers: [TemplateStrings]
    /// The numbers whose short link leads to this page; a re-publication's lead to the first notice.
    let shortLinks: [TemplateStrings]
    /// What a re-publication publishes again: `title`, `url` and `issueTitle` of each earlier notice.
    let republished: [TemplateStrings]
    let lifecycle: NoticeLifecycleData
    let previous: TemplateLink?
    let next: TemplateLink?

    func child(named name: String) -> Any? {
        switch name {
        case "title": notice.title
        case "titleEnglish": notice.titleEnglish ?? ""
        case "hasTitleEnglish": notice.titleEnglish != nil
        case "number": notice.number
        case "hasNumbers": !numbers.isEmpty
        case "dateISO": item.dateISO
        case "dateROC": item.dateROC
        case "agency": agencies.first
        case "agencies": agencies
        case "numbers": numbers
        case "category": category
        case "subtype": notice.subtype ?? ""
        case "hasSubtype": notice.subtype != nil
        case "issue": issue
        case "tags": tags
        case "hasTags": !tags.isEmpty
        case "body": body
        case "attachments": attachments
        case "hasAttachments": !attachments.isEmpty
        case "shortLink": shortLinks.first?.values["url"]
        case "shortLinkText": shortLinks.first?.values["text"]
        case "shortLinks": shortLinks
        case "hasShortLinks": !shortLinks.isEmpty
        case "isRepublication": notice.isRepublication
        case "republished": republished
        case "hasRepublished": !republished.isEmpty
        case "sourceID": notice.source?.id ?? ""
        case "sourceURL": notice.source?.url ?? ""
        case "hasSourceURL": notice.source?.url != nil
        case "isDraft": notice.isDraft
        case "lifecycle": lifecycle
        case "previous": previous
        case "next": next
        default: nil
        }
    }
}
