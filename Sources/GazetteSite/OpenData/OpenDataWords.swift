/// The words of the open-data catalogue (the platform's field names and values, the datasets'
/// titles), in one place for a second language. The licence page's text is in its template.
public enum OpenDataWords {
    /// 政府資料開放授權條款－第1版, as data.gov.tw names it in 授權方式.
    public static let licence = "政府資料開放授權條款-第1版"
    /// The licence's own text, published by the National Development Council.
    public static let licenceURL = "https://data.gov.tw/license"
    public static let cost = "免費"
    public static let encoding = "UTF-8"
    public static let defaultFrequency = "不定期更新"

    /// The catalogue's columns: the field names of data.gov.tw's dataset list, in its order,
    /// without those the platform fills itself (品質檢測, 資料集上架方式).
    public static let fields = [
        "資料集識別碼", "資料集名稱", "檔案格式", "資料下載網址", "編碼格式", "資料集描述", "主要欄位說明", "提供機關",
        "更新頻率", "授權方式", "授權說明網址", "相關網址", "計費方式", "提供機關聯絡人姓名", "提供機關聯絡人電話",
        "上架日期", "詮釋資料更新時間", "資料量",
    ]

    static func noticesTitle(_ site: String) -> String { "\(site)公告清單" }
    static func noticesDescription(_ site: String) -> String {
        "\(site)刊登之全部公告（法規、行政規則、令、公告、公示送達等），每筆一則，含發文字號、標題、類別、發文機關、日期、期別、網址，以及更正、修正、廢止、生效日期與意見截止日等法律效力資料。"
    }
    static func issuesTitle(_ site: String) -> String { "\(site)各期目錄" }
    static func issuesDescription(_ site: String) -> String {
        "\(site)每期一個檔案，列出該期刊登之公告及其詮釋資料，欄位同公告清單。"
    }
}
