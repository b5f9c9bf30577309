import GazetteContent

/// An issue as a `PublicationIssue` of the gazette, a `Periodical`, listing its notices.
enum LinkedIssue {
    static func node(_ issue: Issue, in site: SiteContext, ids: LinkedIDs) -> JSONValue {
        var node = LinkedNode(type: "PublicationIssue", id: LinkedIDs.issue(issue.slug, in: site))
        node.set("url", site.urls.absolute(SiteURLs.issue(issue.slug)))
        node.set("name", issue.title)
        node.set("issueNumber", issue.title)
        node.set("datePublished", issue.date.iso)
        node.set("inLanguage", site.site.language)
        var periodical = LinkedNode(type: "Periodical", id: ids.periodical)
        periodical.set("name", site.site.title)
        periodical.set("url", site.urls.absolute(["gazette"]))
        periodical.set("publisher", LinkedNode.reference(ids.publisher))
        node.set("isPartOf", periodical.value)
        node.set("hasPart", .array((site.index.byIssue[issue.slug] ?? []).map {
            LinkedNode.reference(LinkedIDs.notice(site.content.notices[$0], in: site))
        }))
        return node.value
    }
}
