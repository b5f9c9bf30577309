import GazetteContent

/// `/regulations/`: every regulation the notices name, with its status; and
/// `/regulations/<slug>/`: one regulation's name, status and history (沿革), earliest first.
struct RegulationPages: SiteSection {
    func jobs(for site: SiteContext) -> [OutputJob] {
        let histories = site.relations.regulations
        guard !histories.isEmpty else { return [] }
        let everyEntry = histories.flatMap(\.entries)
        var jobs = [OutputJob(path: outputPath(SiteURLs.regulations),
                              sitemap: SitemapEntry(url: site.urls.absolute(SiteURLs.regulations)),
                              key: { site.keys.metadata(everyEntry) }) {
            var context = site.page(title: NavigationEntry.regulations.name, segments: SiteURLs.regulations,
                                    section: NavigationEntry.regulations.key,
                                    breadcrumbs: [Breadcrumb(NavigationEntry.regulations.name)], about: .notices(everyEntry))
            context["regulations"] = histories.map { history -> [String: Any] in
                let latest = history.entries.last.map { site.content.notices[$0] }
                return ["name": history.regulation.name, "url": site.urls.link(SiteURLs.regulation(history.regulation.slug)),
                        "status": LifecycleWords.status(history.status), "isRepealed": Self.isRepealed(history),
                        "count": history.entries.count,
                        "latestAction": latest.map { LifecycleWords.action($0.lifecycle.action) } ?? "",
                        "latestDateISO": latest?.date.iso ?? "", "latestDateROC": latest?.date.rocLong ?? ""]
            }
            return .text(site.templates.render("regulations", context))
        }]
        for history in histories {
            let segments = SiteURLs.regulation(history.regulation.slug)
            jobs.append(OutputJob(path: outputPath(segments), sitemap: SitemapEntry(url: site.urls.absolute(segments)),
                                  key: { site.keys.metadata(history.entries) }) {
                var context = site.page(title: history.regulation.name, segments: segments, section: NavigationEntry.regulations.key,
                                        breadcrumbs: [Breadcrumb(NavigationEntry.regulations.name, site.urls.link(SiteURLs.regulations)),
                                                      Breadcrumb(history.regulation.name)],
                                        about: .notices(history.entries))
                var statusDate: [String: String] = [:]
                if case .repealed(let date, let repeal) = history.status {
                    statusDate = ["dateISO": date.iso, "dateROC": date.rocLong, "url": site.items[repeal].url,
                                  "title": site.items[repeal].title]
                }
                context["regulation"] = [
                    "name": history.regulation.name,
                    "status": LifecycleWords.status(history.status),
                    "isRepealed": Self.isRepealed(history),
                    "repeal": statusDate,
                    "entries": history.entries.map { position -> [String: Any] in
                        let notice = site.content.notices[position]
                        let item = site.items[position]
                        return ["action": LifecycleWords.action(notice.lifecycle.action), "title": item.title, "url": item.url,
                                "number": item.number, "hasNumber": !item.number.isEmpty, "dateISO": item.dateISO,
                                "dateROC": item.dateROC, "issueTitle": item.issueTitle, "isCorrected": item.isCorrected,
                                "effectiveISO": notice.lifecycle.effective?.iso ?? "",
                                "effectiveROC": notice.lifecycle.effective?.rocLong ?? "",
                                "hasEffective": notice.lifecycle.effective != nil]
                    },
                ] as [String: Any]
                return .text(site.templates.render("regulation", context))
            })
        }
        return jobs
    }

    private static func isRepealed(_ history: RegulationHistory) -> Bool {
        if case .repealed = history.status { true } else { false }
    }
}
