import GazetteContent
import GazetteTemplates
import Mustache

/// A notice as every list shows it. A prepared value answering template lookups directly,
/// which swift-mustache renders far faster than a dictionary or a reflected struct.
public struct NoticeItem: Sendable, MustacheParent {
    public let title: String
    public let url: String
    /// "" for a notice without a document number.
    public let number: String
    public let agency: String
    public let category: String
    public let issueTitle: String
    public let dateISO: String
    public let dateROC: String
    public let dateShort: String
    /// A later notice corrects this one: lists mark it.
    public let isCorrected: Bool
    /// The item as `partials/notice-item.mustache` renders it, without its last line break: a
    /// notice is listed on five pages or more, and rendering it once is the lists' largest saving.
    public internal(set) var listEntry = ""

    init(_ notice: Notice, issueTitle: String, isCorrected: Bool = false, site: SiteSettings, urls: SiteURLs) {
        title = notice.title
        url = urls.link(SiteURLs.notice(notice))
        number = notice.number
        agency = site.agency(notice.agency)?.name ?? notice.agency
        category = site.category(notice.category)?.name ?? notice.category
        self.issueTitle = issueTitle
        dateISO = notice.date.iso
        dateROC = notice.date.rocLong
        dateShort = notice.date.rocShort
        self.isCorrected = isCorrected
    }

    public func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "url": return url
        case "number": return number
        case "hasNumber": return !number.isEmpty
        case "agency": return agency
        case "category": return category
        case "issueTitle": return issueTitle
        case "dateISO": return dateISO
        case "dateROC": return dateROC
        case "dateShort": return dateShort
        case "isCorrected": return isCorrected
        case "listEntry": return listEntry
        default: return nil
        }
    }

    /// `site` and `assets` are what the partial may read besides the item's own fields.
    static func listEntry(of item: NoticeItem, site: TemplateStrings, assets: TemplateStrings, templates: TemplateSet) -> String {
        var text = templates.render("notice-item", parent: ListEntryContext(item: item, site: site, assets: assets))
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}

/// What `notice-item` sees when it is rendered on its own: the item, then the site's links.
private struct ListEntryContext: MustacheParent {
    let item: NoticeItem
    let site: TemplateStrings
    let assets: TemplateStrings

    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "assets": assets
        default: item.child(named: name)
        }
    }
}
