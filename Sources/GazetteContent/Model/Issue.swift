/// One gazette issue (期): `gazette/<slug>/issue.yml`.
public struct Issue: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var date: CivilDate
    public var sourcePath: String

    public init(slug: String, title: String, date: CivilDate, sourcePath: String) {
        self.slug = slug
        self.title = title
        self.date = date
        self.sourcePath = sourcePath
    }
}
