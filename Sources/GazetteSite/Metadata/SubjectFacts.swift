import GazetteContent

/// The facts of each kind of page, from the content and the lifecycle's relations.
enum SubjectFacts {
    static func facts(of subject: PageSubject, title: String, description: String?, in site: SiteContext) -> PageFacts {
        switch subject {
        case .site: return siteFacts(title: title, description: description, in: site)
        case .notice(let position): return noticeFacts(position, description: description, in: site)
        case .issue(let issue): return issueFacts(issue, description: description, in: site)
        case .notices(let positions, let classification):
            return listFacts(positions, title: title, description: description, classification: classification, in: site)
        case .described(let facts, _): return facts
        }
    }

    private static func noticeFacts(_ position: Int, description: String?, in site: SiteContext) -> PageFacts {
        let notice = site.content.notices[position]
        let relations = site.relations
        let category = site.site.category(notice.category)
        let categoryName = category?.name ?? notice.category
        let agencies = notice.agencies.map { site.site.agency($0)?.name ?? $0 }
        let issue = site.issue(notice.issueSlug)
        var dates = [notice.date]
        dates += [notice.lifecycle.effective, relations.lastDayOfComments[position],
                  relations.serviceTakesEffect[position]?.date].compactMap { $0 }
        if let history = relations.regulation(of: position), case .repealed(let day, _) = history.status { dates.append(day) }
        var related = [site.urls.absolute(SiteURLs.issue(notice.issueSlug))]
        if let history = relations.regulation(of: position) {
            related.append(site.urls.absolute(SiteURLs.regulation(history.regulation.slug)))
        }
        let targets = ([relations.corrects[position]].compactMap { $0 } + (relations.amends[position] ?? [])
            + (relations.repeals[position] ?? [])).compactMap(\.position)
            + (relations.correctedBy[position] ?? [])
        related += targets.map { site.urls.absolute(SiteURLs.notice(site.content.notices[$0])) }
        let signers = notice.signers.map { "\($0.title) \($0.name)" }
        var classification = notice.classification
        if let category { classification = classification.filled(from: category.classification) }
        if let agency = site.site.agency(notice.agency) { classification = classification.filled(from: agency.classification) }
        return PageFacts(
            creators: agencies,
            subjects: notice.tags.isEmpty ? [categoryName] : notice.tags,
            description: description,
            contributors: signers.isEmpty ? agencies : signers,
            type: categoryName,
            source: notice.source?.url ?? [site.site.title, issue?.title].compactMap { $0 }.joined(separator: " "),
            date: notice.date,
            coverage: PageFacts.span(dates),
            relations: related,
            keywords: notice.tags + [categoryName] + (notice.subtype.map { [$0] } ?? []) + agencies,
            classification: classification)
    }

    private static func issueFacts(_ issue: Issue, description: String?, in site: SiteContext) -> PageFacts {
        let positions = site.index.byIssue[issue.slug] ?? []
        let categories = site.site.categories.filter { category in
            positions.contains { site.content.notices[$0].category == category.slug }
        }.map(\.name)
        let agencies = agencyNames(of: positions, in: site)
        return PageFacts(
            creators: agencies,
            subjects: categories,
            description: description,
            contributors: agencies,
            type: MetadataWords.issue,
            source: site.site.title,
            date: issue.date,
            coverage: PageFacts.span([issue.date] + positions.map { site.content.notices[$0].date }),
            relations: [site.urls.absolute(["gazette"])],
            keywords: [issue.title] + categories)
    }

    private static func listFacts(_ positions: [Int], title: String, description: String?,
                                  classification: NoticeClassification, in site: SiteContext) -> PageFacts {
        let dates = positions.map { site.content.notices[$0].date }
        let agencies = agencyNames(of: positions, in: site)
        return PageFacts(
            creators: agencies,
            subjects: [title],
            description: description,
            contributors: agencies,
            type: MetadataWords.webPage,
            source: site.site.title,
            date: dates.max(),
            coverage: PageFacts.span(dates),
            relations: [site.urls.absolute([])],
            keywords: [title],
            classification: classification)
    }

    private static func siteFacts(title: String, description: String?, in site: SiteContext) -> PageFacts {
        let publisher = site.site.publisher.name.map { [$0] } ?? []
        return PageFacts(
            creators: publisher,
            subjects: [title],
            description: description,
            contributors: publisher,
            type: MetadataWords.webPage,
            source: site.site.title,
            date: site.content.issues.first?.date,
            coverage: site.index.dateSpan,
            relations: [site.urls.absolute([])],
            keywords: [title, site.site.title])
    }

    /// The agencies of `positions`, in site.yml order, each once.
    private static func agencyNames(of positions: [Int], in site: SiteContext) -> [String] {
        var slugs = Set<String>()
        for position in positions { slugs.formUnion(site.content.notices[position].agencies) }
        return site.site.agencies.filter { slugs.contains($0.slug) }.map(\.name)
    }
}
