/// A notice named by its document number in another notice's `corrects`, `amends` or `repeals`:
/// one of the site, or (`outside: true`) one published before the site began, cited in words.
public struct NoticeReference: Sendable, Hashable {
    public var number: String
    public var isOutside: Bool
    /// How an outside notice is cited (刊登公報期別、頁次), shown instead of a link.
    public var citation: String?
    public var location: SourceLocation

    public init(number: String, isOutside: Bool = false, citation: String? = nil, location: SourceLocation) {
        self.number = number
        self.isOutside = isOutside
        self.citation = citation
        self.location = location
    }
}
