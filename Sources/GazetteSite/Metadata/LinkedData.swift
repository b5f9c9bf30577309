import GazetteContent

/// A page's schema.org description as one JSON-LD `@graph`: the page (`WebPage`, or
/// `CollectionPage` for a list), its breadcrumbs (`BreadcrumbList`) and what it is about: a
/// notice (`Legislation` or `Article`), an issue (`PublicationIssue` of the gazette's
/// `Periodical`), a plan (`Report`) or, on the home page, the site (`WebSite`) and its publisher
/// (`GovernmentOrganization`). Nodes on other pages are named by `@id`: the page's URL with a
/// fragment for what it describes.
enum LinkedData {
    static func graph(of subject: PageSubject, title: String, segments: [String],
                      breadcrumbs: [Breadcrumb], in site: SiteContext) -> JSONValue {
        let url = site.urls.absolute(segments)
        let ids = site.linkedIDs
        var nodes: [JSONValue] = []
        var page = LinkedNode(type: isList(subject) ? "CollectionPage" : "WebPage", id: url)
        page.set("url", url)
        page.set("name", title)
        // The page's description is in its <meta name="description"> and DC.Description already:
        // a third copy here would add a notice's excerpt to every page again.
        page.set("inLanguage", site.site.language)
        page.set("isPartOf", LinkedNode.reference(ids.website))
        if !breadcrumbs.isEmpty { page.set("breadcrumb", LinkedNode.reference(url + "#breadcrumb")) }
        let entity = mainEntity(of: subject, pageURL: url, in: site, ids: ids)
        if let entity, case .object(let members) = entity, let id = members.first(where: { $0.0 == "@id" })?.1 {
            page.set("mainEntity", .object([("@id", id)]))
        }
        nodes.append(page.value)
        if !breadcrumbs.isEmpty { nodes.append(trail(breadcrumbs, pageURL: url, in: site)) }
        if let entity { nodes.append(entity) }
        if segments.isEmpty { nodes += [website(site, ids: ids), publisher(site, ids: ids)] }
        return .object([("@context", .string("https://schema.org")), ("@graph", .array(nodes))])
    }

    private static func isList(_ subject: PageSubject) -> Bool {
        if case .notices = subject { true } else { false }
    }

    private static func mainEntity(of subject: PageSubject, pageURL: String, in site: SiteContext, ids: LinkedIDs) -> JSONValue? {
        switch subject {
        case .notice(let position): LinkedNotice.node(position, in: site, ids: ids)
        case .issue(let issue): LinkedIssue.node(issue, in: site, ids: ids)
        case .described(_, let entity): entity
        case .site, .notices: nil
        }
    }

    private static func trail(_ breadcrumbs: [Breadcrumb], pageURL: String, in site: SiteContext) -> JSONValue {
        var list = LinkedNode(type: "BreadcrumbList", id: pageURL + "#breadcrumb")
        list.set("itemListElement", .array(breadcrumbs.enumerated().map { offset, crumb in
            var item = LinkedNode(type: "ListItem")
            item.set("position", .number(offset + 1))
            item.set("name", crumb.name)
            item.set("item", crumb.link.map { site.urls.absolute(link: $0) } ?? pageURL)
            return item.value
        }))
        return list.value
    }

    private static func website(_ site: SiteContext, ids: LinkedIDs) -> JSONValue {
        var node = LinkedNode(type: "WebSite", id: ids.website)
        node.set("url", site.urls.absolute([]))
        node.set("name", site.site.title)
        node.set("description", site.site.description)
        node.set("inLanguage", site.site.language)
        if site.site.publisher.name != nil { node.set("publisher", LinkedNode.reference(ids.publisher)) }
        return node.value
    }

    private static func publisher(_ site: SiteContext, ids: LinkedIDs) -> JSONValue {
        var node = LinkedNode(type: "GovernmentOrganization", id: ids.publisher)
        node.set("name", site.site.publisher.name ?? site.site.title)
        node.set("identifier", site.site.publisher.agencyCode)
        node.set("url", site.urls.absolute([]))
        return node.value
    }
}

/// The `@id`s of the nodes every page may point at.
public struct LinkedIDs: Sendable {
    public let website: String
    public let publisher: String
    public let periodical: String

    init(urls: SiteURLs) {
        let home = urls.absolute([])
        website = home + "#website"
        publisher = home + "#publisher"
        periodical = home + "#periodical"
    }

    static func notice(_ notice: Notice, in site: SiteContext) -> String {
        site.urls.absolute(SiteURLs.notice(notice)) + "#notice"
    }

    static func issue(_ slug: String, in site: SiteContext) -> String {
        site.urls.absolute(SiteURLs.issue(slug)) + "#issue"
    }
}
