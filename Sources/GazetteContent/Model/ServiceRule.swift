/// When service by publication (公示送達) of a category takes effect: a number of days after
/// publication, and the provision that says so (site.yml `serviceTakesEffectAfterDays`, `serviceBasis`).
public struct ServiceRule: Sendable, Hashable {
    public var days: Int
    public var basis: String

    public init(days: Int, basis: String) {
        self.days = days
        self.basis = basis
    }
}
