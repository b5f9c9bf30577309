/// Where an imported notice comes from (`source:`): the record's id in the system it was
/// imported from, and that record's address there when the system has one.
public struct NoticeSource: Sendable, Hashable {
    public var id: String
    /// An absolute http(s) URL, as written; checked when the notice is loaded.
    public var url: String?

    public init(id: String, url: String? = nil) {
        self.id = id
        self.url = url
    }
}
