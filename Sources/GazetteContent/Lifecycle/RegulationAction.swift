/// The step of a regulation's life one notice records (沿革).
public enum RegulationAction: String, Sendable, Hashable, CaseIterable {
    case draft
    case enactment
    case amendment
    case repeal
    case correction
}
