import GazetteContent

/// The words of a notice's legal life that are composed in code (statuses, periods, the labels
/// of the printed metadata block and of calendar events), in one place for a second language.
/// Page labels are in the templates.
public enum LifecycleWords {
    public static func action(_ action: RegulationAction) -> String {
        switch action {
        case .draft: "預告"
        case .enactment: "訂定"
        case .amendment: "修正"
        case .repeal: "廢止"
        case .correction: "更正"
        }
    }

    public static func status(_ status: RegulationHistory.Status) -> String {
        switch status {
        case .current: "現行"
        case .repealed(let date, _): "已廢止（\(date.rocLong)）"
        case .draft: "草案預告"
        }
    }

    /// How the notice states its comment period.
    public static func period(_ period: CommentPeriod) -> String {
        switch period.length {
        case .until(let date): "至\(date.rocLong)止"
        case .days(let days, let startsNextDay): "刊登公報\(startsNextDay ? "之次日" : "之日")起\(days)日內"
        }
    }

    public static let corrected = "已更正"

    /// One line for a search result: whether the notice was corrected or repealed, and its dates.
    public static func summary(of position: Int, in site: SiteContext) -> String {
        let relations = site.relations
        var parts: [String] = []
        if relations.isCorrected(position) { parts.append(corrected) }
        if relations.repealedBy[position] != nil { parts.append(repealed) }
        if let history = relations.regulation(of: position) {
            parts.append("\(history.regulation.name)：\(status(history.status))")
        }
        if let effective = site.content.notices[position].lifecycle.effective { parts.append("\(effectiveField)：\(effective.rocLong)") }
        if let lastDay = relations.lastDayOfComments[position] { parts.append("\(commentsLastDayField)：\(lastDay.rocLong)") }
        if let service = relations.serviceTakesEffect[position] { parts.append("\(serviceField)：\(service.date.rocLong)") }
        return parts.joined(separator: "｜")
    }

    public static let repealed = "已廢止"

    /// The printed metadata block (ODF), in the order of the page's.
    public static let correctsField = "更正對象"
    public static let correctedByField = "更正公告"
    public static let amendsField = "修正對象"
    public static let amendedByField = "修正公告"
    public static let repealsField = "廢止對象"
    public static let repealedByField = "廢止公告"
    public static let regulationField = "所屬法規"
    public static let effectiveField = "生效日期"
    public static let retroactive = "溯及既往"
    public static let commentsField = "意見陳述期間"
    public static let commentsLastDayField = "意見陳述截止日"
    public static let commentsToField = "陳述意見處"
    public static let serviceField = "送達生效日"

    /// Calendar events (iCalendar SUMMARY), before the notice's title.
    public static let effectiveEvent = "生效"
    public static let commentsEvent = "意見陳述截止"
    public static let serviceEvent = "公示送達生效"
    public static let calendarName = "公報日程"
}
