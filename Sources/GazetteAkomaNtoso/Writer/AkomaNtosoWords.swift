import GazetteContent
import GazetteSite

/// The words the Akoma Ntoso files and their links show (`showAs`, the documents list), in one
/// place for a second language; the words of a notice's legal life come from `LifecycleWords`.
enum AkomaNtosoWords {
    static let noticeDocument = "本則全文"
    static let issueDocument = "本期公報目錄"
    static let tags = "標籤"
    static let category = "類別"
    static let entryIntoForce = LifecycleWords.effectiveEvent
    static let correction = LifecycleWords.action(.correction)

    /// The national classifications (行政機關電子資料流通詮釋資料及分類檢索規範), by their keys
    /// in `NoticeClassification.schemes`.
    static func scheme(_ key: String) -> String {
        switch key {
        case "theme": "主題分類"
        case "cake": "施政分類"
        case "service": "服務分類"
        default: key
        }
    }
}
