/// A downloadable document as the page that links it shows it.
public struct LinkedDocument: Sendable, Hashable {
    public var title: String
    /// The segments of the page that links it; the document lies in that page's folder.
    public var page: [String]

    public init(title: String, page: [String]) {
        self.title = title
        self.page = page
    }
}
