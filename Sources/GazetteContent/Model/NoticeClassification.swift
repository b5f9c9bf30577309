/// The national classification codes of a notice (`classification:`), as the source system
/// assigns them: 主題分類 (`theme`), 施政分類 (`cake`) and 服務分類 (`service`). Kept as text:
/// the codes' digits (and any leading zero) are the codes.
public struct NoticeClassification: Sendable, Hashable {
    public var theme: [String]
    public var cake: [String]
    public var service: [String]

    public init(theme: [String] = [], cake: [String] = [], service: [String] = []) {
        self.theme = theme
        self.cake = cake
        self.service = service
    }

    /// The three schemes with their keys, in the order they are written, read and exported.
    public var schemes: [(key: String, codes: [String])] {
        [("theme", theme), ("cake", cake), ("service", service)]
    }

    public var isEmpty: Bool { theme.isEmpty && cake.isEmpty && service.isEmpty }

    /// Each scheme that has no code here takes the codes of `fallback`: a notice's own codes
    /// first, then its category's, its agency's and the site's.
    public func filled(from fallback: NoticeClassification) -> NoticeClassification {
        NoticeClassification(theme: theme.isEmpty ? fallback.theme : theme,
                             cake: cake.isEmpty ? fallback.cake : cake,
                             service: service.isEmpty ? fallback.service : service)
    }
}
