/// A notice another one names: one of this build, one outside the site (cited in words), or
/// one of the site left out of this build (a draft), which is named by its number alone.
public enum RelatedNotice: Sendable, Hashable {
    case notice(Int)
    case outside(number: String, citation: String?)
    case unpublished(number: String)

    public var position: Int? {
        if case .notice(let position) = self { position } else { nil }
    }
}
