import GazetteContent

/// One dataset as the national open-data platform (data.gov.tw) lists it: what the site's files
/// hold, where they are, and the dates of what they cover. The publisher, licence, contact and
/// update frequency are the site's, added by `DatasetCatalog`.
public struct OpenDataset: Sendable {
    /// One downloadable file: its place in the output and its format as the platform names it (CSV, JSON).
    public struct File: Sendable {
        public var segments: [String]
        public var name: String
        public var format: String

        public init(segments: [String], name: String, format: String) {
            self.segments = segments
            self.name = name
            self.format = format
        }
    }

    /// 資料集識別碼 within the site.
    public var identifier: String
    /// 資料集名稱.
    public var title: String
    /// 資料集描述.
    public var description: String
    /// 主要欄位說明: the names of its fields.
    public var fields: [String]
    public var files: [File]
    /// 相關網址: the page that shows the same data.
    public var page: [String]
    /// 上架日期 and 詮釋資料更新時間: the earliest and the latest date of what it holds.
    public var firstDate: CivilDate?
    public var lastDate: CivilDate?
    /// 資料量: how many records it holds.
    public var recordCount: Int

    public init(identifier: String, title: String, description: String, fields: [String], files: [File], page: [String],
                firstDate: CivilDate?, lastDate: CivilDate?, recordCount: Int) {
        self.identifier = identifier
        self.title = title
        self.description = description
        self.fields = fields
        self.files = files
        self.page = page
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.recordCount = recordCount
    }
}
