/// The period in which anyone may comment on a draft (行政程序法第154條): until a date, or a
/// number of days counted from publication as the notice states it.
public struct CommentPeriod: Sendable, Hashable {
    public enum Length: Sendable, Hashable {
        case until(CivilDate)
        /// `startsNextDay`: "刊登公報之次日起N日內", the day of publication not counted
        /// (行政程序法第48條第2項); otherwise "刊登公報之日起N日內", that day being the first.
        case days(Int, startsNextDay: Bool)
    }

    public var length: Length
    /// Where comments go (`to`), when the notice gives it apart from its body.
    public var recipient: String?
    public var location: SourceLocation

    public init(length: Length, recipient: String? = nil, location: SourceLocation) {
        self.length = length
        self.recipient = recipient
        self.location = location
    }
}
