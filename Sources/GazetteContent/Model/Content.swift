/// Everything loaded from a content folder, validated and in publication order.
public struct Content: Sendable {
    public var site: SiteSettings
    /// Newest first.
    public var issues: [Issue]
    /// In issue order (newest issue first), and within an issue in table-of-contents order.
    public var notices: [Notice]

    public init(site: SiteSettings, issues: [Issue], notices: [Notice]) {
        self.site = site
        self.issues = issues
        self.notices = notices
    }
}
