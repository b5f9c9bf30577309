import GazetteContent

/// `calendar.ics` beside every notice with a date a reader may want in a calendar, and
/// `/calendar.ics` with all of them, for calendar applications to subscribe to.
struct CalendarSection: SiteSection {
    static let noticeFile = "calendar.ics"
    static let siteFile = "calendar.ics"

    func jobs(for site: SiteContext) -> [OutputJob] {
        let positions = CalendarEvents.positions(in: site)
        var jobs = positions.map { position in
            let notice = site.content.notices[position]
            return OutputJob(path: outputPath(SiteURLs.notice(notice), file: Self.noticeFile), key: { site.keys.metadata([position]) }) {
                .text(calendar(named: notice.title, events: CalendarEvents.events(of: position, in: site), in: site))
            }
        }
        jobs.append(OutputJob(path: Self.siteFile, key: { site.keys.metadata(positions) }) {
            let events = positions.flatMap { CalendarEvents.events(of: $0, in: site) }
            return .text(calendar(named: "\(site.site.title)：\(LifecycleWords.calendarName)", events: events, in: site))
        })
        return jobs
    }

    private func calendar(named name: String, events: [CalendarEvent], in site: SiteContext) -> String {
        let host = site.urls.baseURL.split(separator: "/").dropFirst().first.map(String.init) ?? "gazette"
        return ICalendar(name: name, language: site.site.language, events: events.map { event in
            let notice = site.content.notices[event.position]
            let item = site.items[event.position]
            let label: String
            var description = [item.number, item.agency].filter { !$0.isEmpty }
            switch event.kind {
            case .effective:
                label = LifecycleWords.effectiveEvent
            case .comments:
                label = LifecycleWords.commentsEvent
                if let period = notice.lifecycle.comments {
                    description.append(LifecycleWords.period(period))
                    if let recipient = period.recipient { description.append(LifecycleWords.commentsToField + "：" + recipient) }
                }
            case .service:
                label = LifecycleWords.serviceEvent
                if let basis = site.relations.serviceTakesEffect[event.position]?.basis { description.append(basis) }
            }
            return ICalendar.Event(uid: "\(notice.issueSlug)-\(notice.slug)-\(event.kind.rawValue)@\(host)",
                                   stamp: site.issue(notice.issueSlug)?.date ?? notice.date, date: event.date,
                                   summary: "\(label)：\(notice.title)", description: description.joined(separator: "\n"),
                                   url: site.urls.absolute(link: item.url))
        }).serialized
    }
}
