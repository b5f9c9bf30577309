import GazetteContent

/// The words the importer writes into content, in one place so that another source or language
/// is one more value of this type.
public struct ImportWords: Sendable {
    public var siteTitle: String
    /// The attribution the open-data licence asks every reuse to carry.
    public var attribution: String
    /// Who publishes the source gazette, and who its open data names as the provider: the
    /// publisher and rights of every page's metadata.
    public var publisher: String
    public var rightsHolder: String
    var issueTitle: @Sendable (_ volume: Int, _ number: Int) -> String
    var issueTitleByDate: @Sendable (_ iso: String) -> String

    func issueTitle(volume: Int, number: Int) -> String { issueTitle(volume, number) }
    func issueTitle(date: CivilDate) -> String { issueTitleByDate(date.iso) }

    public static let executiveYuanGazette = ImportWords(
        siteTitle: "行政院公報",
        attribution: "資料來源：行政院公報資訊網（提供機關／行政院公報資訊網，依政府資料開放授權條款提供）",
        publisher: "行政院", rightsHolder: "行政院公報資訊網",
        issueTitle: { volume, number in "行政院公報第\(volume)卷第\(number)期" },
        issueTitleByDate: { iso in "行政院公報 \(iso)" })
}
