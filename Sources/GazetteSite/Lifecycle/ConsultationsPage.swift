import GazetteContent

/// `/consultations/` (意見徵詢): every draft with a comment period, newest first, with its last
/// day. Which are still open depends on the reader's today, so the page says it by script in
/// the reader's browser; the built page is the same whatever day it is built.
struct ConsultationsPage: SiteSection {
    func jobs(for site: SiteContext) -> [OutputJob] {
        let positions = site.relations.consultations
        guard !positions.isEmpty else { return [] }
        let segments = SiteURLs.consultations
        return [OutputJob(path: outputPath(segments), sitemap: SitemapEntry(url: site.urls.absolute(segments)),
                          key: { site.keys.metadata(positions) }) {
            var context = site.page(title: NavigationEntry.consultations.name, segments: segments,
                                    section: NavigationEntry.consultations.key,
                                    breadcrumbs: [Breadcrumb(NavigationEntry.consultations.name)], about: .notices(positions))
            context["calendar"] = site.urls.link([], file: CalendarSection.siteFile)
            context["script"] = site.urls.link(["assets"], file: "consultations.js")
            context["consultations"] = positions.map { position -> [String: Any] in
                let notice = site.content.notices[position]
                let item = site.items[position]
                let lastDay = site.relations.lastDayOfComments[position]!
                var entry: [String: Any] = [
                    "title": item.title, "url": item.url, "number": item.number, "hasNumber": !item.number.isEmpty,
                    "agency": item.agency, "dateISO": item.dateISO, "dateROC": item.dateROC,
                    "lastDayISO": lastDay.iso, "lastDayROC": lastDay.rocLong,
                    "period": notice.lifecycle.comments.map(LifecycleWords.period) ?? "",
                ]
                if let regulation = site.relations.regulation(of: position) {
                    entry["regulation"] = ["name": regulation.regulation.name,
                                           "url": site.urls.link(SiteURLs.regulation(regulation.regulation.slug))]
                }
                if let recipient = notice.lifecycle.comments?.recipient { entry["to"] = recipient }
                return entry
            }
            return .text(site.templates.render("consultations", context))
        }]
    }
}
