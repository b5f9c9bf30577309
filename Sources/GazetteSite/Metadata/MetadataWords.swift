/// The words machines read in a page's metadata (DC.Type values, the categories that are
/// legislation), in one place for a second language. Page labels are in the templates.
public enum MetadataWords {
    /// DC.Type of a page that is neither a notice nor an issue.
    public static let webPage = "網頁"
    /// DC.Type of an issue's page.
    public static let issue = "公報"
    /// DC.Type of a plan's page.
    public static let plan = "施政計畫"
    /// The kinds of notice that schema.org describes as `Legislation`: 法規 (laws and
    /// regulations), 行政規則 (administrative rules) and 令 (orders). Other notices are `Article`s
    /// of the issue that publishes them.
    public static let legislationCategories: Set<String> = ["法規", "行政規則", "令"]
}
