import GazetteContent

/// A notice as schema.org describes it. 法規, 行政規則 and 令 are `Legislation`, with the
/// relations of its legal life; every other notice (公告, 公示送達, …) is an `Article` of the issue
/// that publishes it, the closest schema.org type for a text published in a periodical.
enum LinkedNotice {
    static func node(_ position: Int, in site: SiteContext, ids: LinkedIDs) -> JSONValue {
        let notice = site.content.notices[position]
        let categoryName = site.site.category(notice.category)?.name ?? notice.category
        let isLegislation = MetadataWords.legislationCategories.contains(categoryName)
        var node = LinkedNode(type: isLegislation ? "Legislation" : "Article", id: LinkedIDs.notice(notice, in: site))
        node.set("url", site.urls.absolute(SiteURLs.notice(notice)))
        node.set("name", notice.title)
        node.set("alternateName", notice.titleEnglish)
        node.set("description", notice.summary)
        node.set("inLanguage", site.site.language)
        node.set("datePublished", (site.issue(notice.issueSlug)?.date ?? notice.date).iso)
        node.set("keywords", strings: notice.tags)
        node.set("isPartOf", LinkedNode.reference(LinkedIDs.issue(notice.issueSlug, in: site)))
        node.set("publisher", LinkedNode.reference(ids.publisher))
        let agencies = JSONValue.array(notice.agencies.map { organization($0, in: site) })
        if isLegislation {
            node.set("legislationIdentifier", strings: notice.numbers)
            node.set("legislationDate", notice.date.iso)
            node.set("legislationPassedBy", agencies)
            node.set("legislationType", notice.subtype ?? categoryName)
            node.set("legislationLegalForce", "https://schema.org/" + legalForce(position, in: site))
            node.set("legislationDateOfApplicability", notice.lifecycle.effective?.iso)
            let relations = site.relations
            node.set("legislationCorrects", references([relations.corrects[position]].compactMap { $0 }, in: site))
            node.set("legislationAmends", references(relations.amends[position] ?? [], in: site))
            node.set("legislationRepeals", references(relations.repeals[position] ?? [], in: site))
        } else {
            node.set("headline", notice.title)
            node.set("identifier", strings: notice.numbers)
            node.set("dateCreated", notice.date.iso)
            node.set("author", agencies)
            node.set("articleSection", categoryName)
        }
        return node.value
    }

    /// Repealed, or only a draft so far: not in force. Whether a future effective date has come
    /// depends on the reader's today, which a static page cannot know; that date is given as
    /// legislationDateOfApplicability instead.
    private static func legalForce(_ position: Int, in site: SiteContext) -> String {
        let relations = site.relations
        if relations.repealedBy[position] != nil || site.content.notices[position].lifecycle.comments != nil { return "NotInForce" }
        if let history = relations.regulation(of: position), case .repealed = history.status { return "NotInForce" }
        return "InForce"
    }

    private static func references(_ related: [RelatedNotice], in site: SiteContext) -> JSONValue {
        .array(related.map { relation in
            switch relation {
            case .notice(let position):
                return LinkedNode.reference(LinkedIDs.notice(site.content.notices[position], in: site))
            case .outside(let number, let citation):
                var node = LinkedNode(type: "Legislation")
                node.set("legislationIdentifier", number)
                node.set("name", citation)
                return node.value
            case .unpublished(let number):
                var node = LinkedNode(type: "Legislation")
                node.set("legislationIdentifier", number)
                return node.value
            }
        })
    }

    static func organization(_ slug: String, in site: SiteContext) -> JSONValue {
        var node = LinkedNode(type: "GovernmentOrganization")
        node.set("name", site.site.agency(slug)?.name ?? slug)
        node.set("url", site.urls.absolute(SiteURLs.agency(slug)))
        return node.value
    }
}
