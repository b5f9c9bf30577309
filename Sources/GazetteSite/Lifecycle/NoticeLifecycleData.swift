import GazetteContent
import Mustache

/// What `notice.mustache` reads under `notice.lifecycle`: the notice's relations and dates.
/// Every optional part comes with a `has…` flag, as in `NoticePageData`.
struct NoticeLifecycleData: MustacheParent {
    let correctedBy: [RelatedEntry]
    let corrects: RelatedEntry?
    let amends: [RelatedEntry]
    let repeals: [RelatedEntry]
    let amendedBy: [RelatedEntry]
    let repealedBy: [RelatedEntry]
    let regulation: TemplateStrings?
    let effective: CivilDate?
    let isRetroactive: Bool
    let comments: TemplateStrings?
    let service: TemplateStrings?
    let calendar: String?

    init(_ position: Int, in site: SiteContext) {
        let relations = site.relations
        let notice = site.content.notices[position]
        correctedBy = (relations.correctedBy[position] ?? []).map(site.entry)
        corrects = relations.corrects[position].map(site.entry)
        amends = (relations.amends[position] ?? []).map(site.entry)
        repeals = (relations.repeals[position] ?? []).map(site.entry)
        amendedBy = (relations.amendedBy[position] ?? []).map(site.entry)
        repealedBy = (relations.repealedBy[position] ?? []).map(site.entry)
        regulation = relations.regulation(of: position).map { history in
            TemplateStrings(["name": history.regulation.name, "url": site.urls.link(SiteURLs.regulation(history.regulation.slug)),
                             "status": LifecycleWords.status(history.status),
                             "action": LifecycleWords.action(notice.lifecycle.action)])
        }
        effective = notice.lifecycle.effective
        isRetroactive = notice.lifecycle.isRetroactive
        comments = notice.lifecycle.comments.flatMap { period in
            relations.lastDayOfComments[position].map { day in
                var values = ["period": LifecycleWords.period(period), "lastDayISO": day.iso, "lastDayROC": day.rocLong]
                if let recipient = period.recipient { values["to"] = recipient }
                return TemplateStrings(values)
            }
        }
        service = relations.serviceTakesEffect[position].map { service in
            TemplateStrings(["dateISO": service.date.iso, "dateROC": service.date.rocLong, "basis": service.basis])
        }
        calendar = CalendarEvents.events(of: position, in: site).isEmpty ? nil
            : site.urls.link(SiteURLs.notice(notice), file: CalendarSection.noticeFile)
    }

    func child(named name: String) -> Any? {
        switch name {
        case "correctedBy": correctedBy
        case "isCorrected": !correctedBy.isEmpty
        case "correction": correctedBy.first
        case "corrects": corrects
        case "hasCorrects": corrects != nil
        case "amends": amends
        case "hasAmends": !amends.isEmpty
        case "repeals": repeals
        case "hasRepeals": !repeals.isEmpty
        case "amendedBy": amendedBy
        case "hasAmendedBy": !amendedBy.isEmpty
        case "repealedBy": repealedBy
        case "hasRepealedBy": !repealedBy.isEmpty
        case "regulation": regulation
        case "hasRegulation": regulation != nil
        case "effectiveISO": effective?.iso
        case "effectiveROC": effective?.rocLong
        case "hasEffective": effective != nil
        case "isRetroactive": isRetroactive
        case "comments": comments
        case "hasComments": comments != nil
        case "hasCommentsTo": comments?.values["to"] != nil
        case "service": service
        case "hasService": service != nil
        case "calendar": calendar
        case "hasCalendar": calendar != nil
        default: nil
        }
    }
}
