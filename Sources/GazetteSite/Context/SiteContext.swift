import Foundation
import GazetteContent
import GazetteTemplates
import Mustache

/// Everything a section needs to plan and render its files: the content, its indexes,
/// URLs, templates and what earlier phases learnt.
public final class SiteContext: Sendable {
    public let content: Content
    public let urls: SiteURLs
    public let templates: TemplateSet
    /// Every notice's body as a document tree, and its HTML.
    public let bodies: NoticeDocuments
    public let index: SiteIndex
    /// Corrections, amendments, repeals, regulations and the dates they give.
    public let relations: NoticeRelations
    /// One list entry per notice, in `content.notices` order, ready for any template.
    public let items: [NoticeItem]
    /// Filled while notice pages render; read by feeds, data and search in later phases.
    public let texts: NoticeTexts
    /// Filled while documents are written; read by the pages that link them.
    public let documents: DocumentRegistry
    public let pageSize: Int
    /// Keys that let a build reuse the previous build's files.
    public let keys: JobKeys
    public let history = BuildHistory()

    /// Top-level entries that later stages add to the main menu (plans, search).
    public let extraNavigation: [NavigationEntry]
    /// The `@id`s of the JSON-LD nodes every page may point at.
    public let linkedIDs: LinkedIDs
    /// The open-data files of later stages (the plans' budgets), for the dataset catalogue.
    public let extraDatasets: [OpenDataset]

    public init(content: Content, urls: SiteURLs, templates: TemplateSet, pageSize: Int = 50,
                extraNavigation: [NavigationEntry] = [], extraDatasets: [OpenDataset] = [], inputsKey: UInt64 = 0) {
        self.extraNavigation = extraNavigation
        self.extraDatasets = extraDatasets
        self.content = content
        self.urls = urls
        self.linkedIDs = LinkedIDs(urls: urls)
        self.templates = templates
        let bodies = NoticeDocuments(allowsRawHTML: content.site.allowsRawHTML)
        self.bodies = bodies
        let index = SiteIndex(content)
        self.index = index
        let relations = NoticeRelations(content, index: index)
        self.relations = relations
        self.texts = NoticeTexts(notices: content.notices, bodies: bodies)
        self.keys = JobKeys(inputs: inputsKey, notices: content.notices, relations: relations.fingerprints)
        self.documents = DocumentRegistry()
        self.pageSize = pageSize
        // The lifecycle's pages exist only when some notice needs them.
        let lifecycleMenu = (relations.regulations.isEmpty ? [] : [NavigationEntry.regulations])
            + (relations.consultations.isEmpty ? [] : [NavigationEntry.consultations])
        let siteLinks = Self.siteLinks(content.site, urls: urls, extraNavigation: lifecycleMenu + extraNavigation,
                                       hasCalendar: !CalendarEvents.positions(in: content, relations: relations, index: index).isEmpty)
        self.siteLinks = siteLinks
        let assetLinks = TemplateStrings(["css": urls.link(["assets"], file: "gazette.css"),
                                          "print": urls.link(["assets"], file: "print.css")])
        self.assetLinks = assetLinks
        self.items = Array(content.notices.indices).parallelMap { position in
            let notice = content.notices[position]
            var item = NoticeItem(notice, issueTitle: index.issuesBySlug[notice.issueSlug]?.title ?? notice.issueSlug,
                                  isCorrected: relations.isCorrected(position), site: content.site, urls: urls)
            item.listEntry = NoticeItem.listEntry(of: item, site: siteLinks, assets: assetLinks, templates: templates)
            return item
        }
        let menu = NavigationEntry.builtIn + lifecycleMenu + extraNavigation
        var menus: [String: [MenuItem]] = [:]
        for section in [""] + menu.map(\.key) {
            menus[section] = menu.map { $0.menuItem(current: section, urls: urls) }
        }
        self.menus = menus
        self.chromes = menus.mapValues { menu in
            let context: [String: Any] = ["site": siteLinks, "assets": assetLinks, "nav": menu]
            return TemplateStrings(["header": templates.render("site-header", context),
                                    "footer": templates.render("site-footer", context)])
        }
    }

    /// What every page's `site` and `assets` hold, made once rather than for each of thousands of pages.
    private let siteLinks: TemplateStrings
    private let assetLinks: TemplateStrings
    /// The main menu with each section marked current, and with none (key "").
    private let menus: [String: [MenuItem]]
    /// The header and footer of every page, by menu section as `menus`: the same on thousands of
    /// pages, so rendered once per section instead of once per page.
    private let chromes: [String: TemplateStrings]

    private static func siteLinks(_ site: SiteSettings, urls: SiteURLs, extraNavigation: [NavigationEntry],
                                  hasCalendar: Bool) -> TemplateStrings {
        var values = [
            "title": site.title,
            "language": site.language,
            "home": urls.link([]),
            "issues": urls.link(["gazette"]),
            "categoriesIndex": urls.link(["categories"]),
            "agenciesIndex": urls.link(["agencies"]),
            "feed": urls.link([], file: "feed.xml"),
            "openData": urls.link(["data"], file: "notices.json"),
            "openDataCSV": urls.link(["data"], file: "notices.csv"),
            "sitemap": urls.link([], file: "sitemap.xml"),
            "accessibility": urls.link(["accessibility"]),
            "license": urls.link(SiteURLs.license),
            "datasets": urls.link(["data"], file: DatasetCatalog.jsonFile),
        ]
        if let description = site.description { values["description"] = description }
        if hasCalendar { values["calendar"] = urls.link([], file: CalendarSection.siteFile) }
        for entry in extraNavigation { values[entry.key] = urls.link(entry.segments) }
        return TemplateStrings(values)
    }

    public var site: SiteSettings { content.site }

    public func issue(_ slug: String) -> Issue? { index.issuesBySlug[slug] }

    /// The root of every page's template data: the parts all pages share.
    public func page(title: String?, segments: [String], section: String?,
                     breadcrumbs: [Breadcrumb], description: String? = nil,
                     feed: (title: String, url: String)? = nil, about subject: PageSubject = .site) -> [String: Any] {
        var crumbs = breadcrumbs
        if !crumbs.isEmpty { crumbs.insert(Breadcrumb("首頁", urls.link([])), at: 0) }
        let metadata = PageMetadata(subject, title: title ?? site.title, description: description ?? site.description,
                                    segments: segments, breadcrumbs: crumbs, in: self)
        return [
            "site": siteLinks,
            "assets": assetLinks,
            "nav": menus[section ?? ""] ?? menus[""]!,
            "chrome": chromes[section ?? ""] ?? chromes[""]!,
            "page": PageInfo(title: title, canonical: urls.absolute(segments),
                             description: description ?? site.description ?? site.title,
                             feed: feed.map { TemplateLink("title", $0.title, url: $0.url) },
                             metadata: metadata.html, linkedData: metadata.linkedData),
            "breadcrumbs": crumbs,
            "hasBreadcrumbs": !crumbs.isEmpty,
        ]
    }
}

/// A page's own `page` data: its title, address and summary.
struct PageInfo: Sendable, MustacheParent {
    let title: String?
    let canonical: String
    let description: String
    let feed: TemplateLink?
    /// The national metadata rule's `<meta>` elements, already escaped.
    let metadata: String
    /// The page's schema.org description, already escaped for a script element.
    let linkedData: String

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "canonical": canonical
        case "description": description
        case "feed": feed
        case "metadata": metadata
        case "linkedData": linkedData
        default: nil
        }
    }
}

/// One step of a page's breadcrumb trail; the page itself has no link.
public struct Breadcrumb: Sendable, MustacheParent {
    public var name: String
    public var link: String?

    public init(_ name: String, _ link: String? = nil) {
        self.name = name
        self.link = link
    }

    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "link": link
        default: nil
        }
    }
}
