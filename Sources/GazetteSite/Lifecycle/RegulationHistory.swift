import GazetteContent

/// One regulation's notices in date order (沿革), and where that leaves it.
public struct RegulationHistory: Sendable {
    public enum Status: Sendable, Hashable {
        /// In force (現行): enacted, perhaps amended, not repealed.
        case current
        /// Repealed (已廢止) on the repeal's effective date, or its date; `by` is the repeal.
        case repealed(on: CivilDate, by: Int)
        /// Only pre-announced so far (草案預告).
        case draft
    }

    public let regulation: Regulation
    /// Positions of its notices, earliest first.
    public let entries: [Int]
    public let status: Status
}
