/// One 計畫目標 of a program with its 實施要領 cell.
public struct Goal: Sendable, Hashable {
    /// The goal's ordinal exactly as printed (`1.`); `nil` for an unnumbered goal.
    public var label: String?
    /// The goal as printed, without the label.
    public var text: String
    public var points: ImplementationPoints

    public init(label: String? = nil, text: String, points: ImplementationPoints) {
        self.label = label
        self.text = text
        self.points = points
    }

    /// Label and text as printed: `1.職工管理`.
    public var heading: String { (label ?? "") + text }
}
