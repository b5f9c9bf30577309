import GazetteContent

/// The days of a notice a reader may want in a calendar: when it takes effect, the last day
/// of comments, the day service by publication takes effect.
public struct CalendarEvent: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case effective
        case comments
        case service
    }

    public let kind: Kind
    public let date: CivilDate
    public let position: Int
}

public enum CalendarEvents {
    public static func events(of position: Int, in site: SiteContext) -> [CalendarEvent] {
        let relations = site.relations
        var events: [CalendarEvent] = []
        if let date = site.content.notices[position].lifecycle.effective {
            events.append(CalendarEvent(kind: .effective, date: date, position: position))
        }
        if let date = relations.lastDayOfComments[position] {
            events.append(CalendarEvent(kind: .comments, date: date, position: position))
        }
        if let service = relations.serviceTakesEffect[position] {
            events.append(CalendarEvent(kind: .service, date: service.date, position: position))
        }
        return events
    }

    /// Positions of every notice with an event, newest first.
    public static func positions(in site: SiteContext) -> [Int] {
        positions(in: site.content, relations: site.relations, index: site.index)
    }

    static func positions(in content: Content, relations: NoticeRelations, index: SiteIndex) -> [Int] {
        index.recent.filter { position in
            content.notices[position].lifecycle.effective != nil || relations.lastDayOfComments[position] != nil
                || relations.serviceTakesEffect[position] != nil
        }
    }
}
