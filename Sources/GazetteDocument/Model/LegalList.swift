/// Items numbered as Taiwan's laws and documents number them, each keeping its printed marker:
/// 一、 (level 1), （一） (2), 1、 or １、 (3), (1) or （１） (4).
public struct LegalList: Sendable, Hashable {
    public var level: Int
    public var items: [LegalItem]

    public init(level: Int, items: [LegalItem]) {
        self.level = level
        self.items = items
    }
}

public struct LegalItem: Sendable, Hashable {
    /// As printed, e.g. `一、` or `（二）`.
    public var marker: String
    /// The item's own text, after its marker.
    public var text: [Inline]
    /// Lower levels of numbering under this item.
    public var children: [Block]

    public init(marker: String, text: [Inline], children: [Block] = []) {
        self.marker = marker
        self.text = text
        self.children = children
    }
}
