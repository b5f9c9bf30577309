import GazetteContent
import GazetteDocument

/// `/gazette/<issue>/<notice>/`: the notice itself, its attachments beside it, and its
/// permanent short link `/d/<number>/`.
struct NoticePages: SiteSection {
    /// Planned on all cores: twenty thousand jobs, each with a sitemap address to percent-encode,
    /// were the largest serial step of a one-notice rebuild.
    func jobs(for site: SiteContext) -> [OutputJob] {
        Array(site.content.notices.indices).parallelMap { jobs(forNoticeAt: $0, in: site) }.flatMap { $0 }
    }

    private func jobs(forNoticeAt position: Int, in site: SiteContext) -> [OutputJob] {
        let notice = site.content.notices[position]
        var jobs: [OutputJob] = []
        let segments = SiteURLs.notice(notice)
        let siblings = site.index.byIssue[notice.issueSlug] ?? []
        let neighbourhood = siblings.firstIndex(of: position).map { place in
            Array(siblings[max(0, place - 1)...min(siblings.count - 1, place + 1)])
        } ?? [position]
        let page = outputPath(segments)
        jobs.append(OutputJob(path: page,
                              sitemap: SitemapEntry(url: site.urls.absolute(segments), lastModified: notice.date.iso),
                              key: {
                                  site.keys.notices([position]) { hasher in
                                      hasher.combine(site.keys.metadata(neighbourhood))
                                      // Which notice each number leads to decides the page's
                                      // permanent links, and a re-publication names that notice.
                                      hasher.combine(site.keys.metadata(notice.numbers.compactMap { site.index.firstWithNumber[$0] }))
                                      site.documents.combine(forPage: page, into: &hasher)
                                  }
                              }) {
            .text(render(position, in: site))
        })
        for attachment in notice.attachments {
            jobs.append(OutputJob(path: outputPath(segments, file: attachment.fileName),
                                  key: { site.keys.notices([position]) { $0.combine(attachment.fileName) } }) {
                .copy(fromPath: attachment.sourceURL)
            })
        }
        // A re-publication's numbers lead to the notice that published them first.
        for number in notice.numbers where site.index.firstWithNumber[number] == position {
            jobs.append(OutputJob(path: outputPath(SiteURLs.shortLink(number)), key: { site.keys.metadata([position]) }) {
                .text(site.templates.render("redirect", [
                    "site": ["title": site.site.title, "language": site.site.language],
                    "redirect": ["number": number, "title": notice.title,
                                 "target": site.urls.link(segments), "canonical": site.urls.absolute(segments)],
                ]))
            })
        }
        return jobs
    }

    private func render(_ position: Int, in site: SiteContext) -> String {
        let notice = site.content.notices[position]
        let item = site.items[position]
        let segments = SiteURLs.notice(notice)
        let document = site.bodies.document(of: notice)
        let text = PlainTextWriter.write(document)
        let excerpt = NoticeTexts.excerpt(of: notice.summary ?? text)
        site.texts.record(body: text, excerpt: excerpt, at: position)

        let issue = site.issue(notice.issueSlug)
        let siblings = site.index.byIssue[notice.issueSlug] ?? []
        let place = siblings.firstIndex(of: position)
        func neighbour(_ offset: Int) -> TemplateLink? {
            guard let place, siblings.indices.contains(place + offset) else { return nil }
            let other = site.items[siblings[place + offset]]
            return TemplateLink("title", other.title, url: other.url)
        }
        let numbers = notice.numbers.map { number in
            TemplateStrings(["number": number, "url": site.urls.link(SiteURLs.shortLink(number)),
                             "text": site.urls.baseURL + "d/" + number + "/"])
        }
        let data = NoticePageData(
            notice: notice, item: item, body: site.bodies.html(document),
            agencies: notice.agencies.map { slug in
                TemplateLink("name", site.site.agency(slug)?.name ?? slug, url: site.urls.link(SiteURLs.agency(slug)))
            },
            category: TemplateLink("name", item.category, url: site.urls.link(SiteURLs.category(notice.category))),
            issue: TemplateLink("title", issue?.title ?? notice.issueSlug, url: site.urls.link(SiteURLs.issue(notice.issueSlug))),
            tags: notice.tags.map { TemplateLink("name", $0, url: site.urls.link(SiteURLs.tag($0))) },
            attachments: notice.attachments.map { attachment in
                let format = FileFormat.forExtension(attachment.fileExtension)
                return TemplateStrings(["title": attachment.title, "url": site.urls.link(segments, file: attachment.fileName),
                                        "format": format.name, "size": ByteSize.format(attachment.byteCount)])
            },
            numbers: numbers,
            // The page's own permanent links: not the numbers a re-publication shares with the first notice.
            shortLinks: zip(notice.numbers, numbers).filter { site.index.firstWithNumber[$0.0] == position }.map(\.1),
            republished: (site.index.republished[position] ?? []).map { first in
                let original = site.items[first]
                return TemplateStrings(["title": original.title, "url": original.url, "issueTitle": original.issueTitle])
            },
            lifecycle: NoticeLifecycleData(position, in: site),
            previous: neighbour(-1), next: neighbour(1))

        var context = site.page(title: notice.title, segments: segments, section: NavigationEntry.issues.key,
                                breadcrumbs: [Breadcrumb("公報期別", site.urls.link(["gazette"])),
                                              Breadcrumb(issue?.title ?? notice.issueSlug, site.urls.link(SiteURLs.issue(notice.issueSlug))),
                                              Breadcrumb(notice.title)],
                                description: excerpt, about: .notice(position))
        context["notice"] = data
        context.merge(site.documents.templateData(forPage: outputPath(segments))) { $1 }
        return site.templates.render("notice", context)
    }
}
