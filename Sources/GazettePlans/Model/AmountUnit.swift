/// The unit every amount of a plan is written in, as printed after 單位：.
public enum AmountUnit: String, Sendable, Hashable, CaseIterable {
    case yuan = "元"
    case thousand = "千元"
    case tenThousand = "萬元"
    case million = "百萬元"
    case hundredMillion = "億元"

    /// How many units of currency one written amount stands for: 1,000 for 千元.
    public var factor: Int {
        switch self {
        case .yuan: return 1
        case .thousand: return 1_000
        case .tenThousand: return 10_000
        case .million: return 1_000_000
        case .hundredMillion: return 100_000_000
        }
    }
}
