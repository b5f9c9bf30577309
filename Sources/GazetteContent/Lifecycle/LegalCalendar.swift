/// The dates a notice's legal life follows from its publication, by 行政程序法's rules on periods.
public struct LegalCalendar: Sendable, Hashable {
    /// Days off besides Saturdays and Sundays (site.yml `holidays`), as day numbers.
    public var holidays: Set<Int>

    public init(holidays: [CivilDate] = []) {
        self.holidays = Set(holidays.map(\.dayNumber))
    }

    /// The last day comments are taken. A period in days does not count the day of publication
    /// when it starts the next day (第48條第2項); a last day that falls on a Saturday, a Sunday or
    /// a holiday moves to the next working day (第48條第4項). A date written out is kept as written.
    public func lastDayOfComments(_ period: CommentPeriod, publishedOn publication: CivilDate) -> CivilDate? {
        switch period.length {
        case .until(let date):
            return date
        case .days(let days, let startsNextDay):
            return publication.adding(days: startsNextDay ? days : days - 1).flatMap(nextWorkingDay)
        }
    }

    /// Service by publication takes effect the given number of days after the (last) day it was
    /// published (第81條: 二十日). It is the day the law fixes, not a period for anyone to act in,
    /// so a weekend does not move it.
    public func serviceTakesEffect(publishedOn publication: CivilDate, afterDays days: Int) -> CivilDate? {
        publication.adding(days: days)
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        date.weekday != 0 && date.weekday != 6 && !holidays.contains(date.dayNumber)
    }

    private func nextWorkingDay(from date: CivilDate) -> CivilDate? {
        var day: CivilDate? = date
        while let candidate = day, !isWorkingDay(candidate) { day = candidate.adding(days: 1) }
        return day
    }
}
