/// The agency that publishes the site, as Taiwan's rule for government web pages
/// (行政機關電子資料流通詮釋資料及分類檢索規範) asks each page to name it.
public struct Publisher: Sendable, Hashable {
    /// DC.Publisher: the agency's name (`publisher`).
    public var name: String?
    /// DC.Identifier: the agency's code in the national list of agency codes (`agencyCode`),
    /// for example 397000000A.
    public var agencyCode: String?
    /// DC.Rights: who holds the rights (`rights`).
    public var rights: String?
    /// The codes of pages that belong to no category or agency, and the last fallback of every notice.
    public var classification: NoticeClassification

    public init(name: String? = nil, agencyCode: String? = nil, rights: String? = nil,
                classification: NoticeClassification = NoticeClassification()) {
        self.name = name
        self.agencyCode = agencyCode
        self.rights = rights
        self.classification = classification
    }
}
