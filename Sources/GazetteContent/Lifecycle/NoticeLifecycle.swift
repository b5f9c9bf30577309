/// What a notice's front matter says of its legal life: what it corrects, amends or repeals,
/// the regulation it belongs to, when it takes effect and how long comments are taken.
public struct NoticeLifecycle: Sendable, Hashable {
    public var corrects: NoticeReference?
    public var amends: [NoticeReference]
    public var repeals: [NoticeReference]
    /// The slug of a regulation named in site.yml's `regulations`.
    public var regulation: String?
    public var regulationLocation: SourceLocation?
    public var effective: CivilDate?
    public var effectiveLocation: SourceLocation?
    /// `retroactive: true`: `effective` may be earlier than the document's date.
    public var isRetroactive: Bool
    public var comments: CommentPeriod?

    public init(corrects: NoticeReference? = nil, amends: [NoticeReference] = [], repeals: [NoticeReference] = [],
                regulation: String? = nil, regulationLocation: SourceLocation? = nil, effective: CivilDate? = nil,
                effectiveLocation: SourceLocation? = nil, isRetroactive: Bool = false, comments: CommentPeriod? = nil) {
        self.corrects = corrects
        self.amends = amends
        self.repeals = repeals
        self.regulation = regulation
        self.regulationLocation = regulationLocation
        self.effective = effective
        self.effectiveLocation = effectiveLocation
        self.isRetroactive = isRetroactive
        self.comments = comments
    }

    /// What the notice does to its regulation, told from its keys: a draft takes comments, a
    /// repeal repeals, an amendment amends, a correction corrects; anything else enacts.
    public var action: RegulationAction {
        if comments != nil { return .draft }
        if !repeals.isEmpty { return .repeal }
        if !amends.isEmpty { return .amendment }
        if corrects != nil { return .correction }
        return .enactment
    }

    /// Every source location this value holds, so that a cached notice can be moved to its path.
    public mutating func relocate(to path: String) {
        corrects?.location.path = path
        for index in amends.indices { amends[index].location.path = path }
        for index in repeals.indices { repeals[index].location.path = path }
        regulationLocation?.path = path
        effectiveLocation?.path = path
        comments?.location.path = path
    }
}
