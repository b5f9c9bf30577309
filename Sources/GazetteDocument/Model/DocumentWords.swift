/// The words that writers add to a body themselves, in one place so that a second language is
/// one more value of this type.
public struct DocumentWords: Sendable, Hashable {
    /// Read by screen readers around inserted and deleted text, which sighted readers see as
    /// underline and strike-through.
    public var insertedStart: String
    public var insertedEnd: String
    public var deletedStart: String
    public var deletedEnd: String
    /// Names a table's scrolling region when the table has no caption.
    public var table: String
    /// Names the link that each article number is, for a reader to copy and cite.
    public var articleLink: String
    /// Stands in an empty comparison cell (an article added or deleted).
    public var emptyCell: String

    public static let traditionalChinese = DocumentWords(
        insertedStart: "［新增］", insertedEnd: "［新增結束］",
        deletedStart: "［刪除］", deletedEnd: "［刪除結束］",
        table: "表格", articleLink: "本條連結", emptyCell: "（無）")

    public init(insertedStart: String, insertedEnd: String, deletedStart: String, deletedEnd: String,
                table: String, articleLink: String, emptyCell: String) {
        self.insertedStart = insertedStart
        self.insertedEnd = insertedEnd
        self.deletedStart = deletedStart
        self.deletedEnd = deletedEnd
        self.table = table
        self.articleLink = articleLink
        self.emptyCell = emptyCell
    }
}
