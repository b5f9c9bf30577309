import Mustache

/// An entry of the main menu; `key` also names its URL in the templates' `site` data.
public struct NavigationEntry: Sendable, Hashable {
    public var key: String
    public var name: String
    public var segments: [String]

    public init(key: String, name: String, segments: [String]) {
        self.key = key
        self.name = name
        self.segments = segments
    }

    public static let home = NavigationEntry(key: "home", name: "首頁", segments: [])
    public static let issues = NavigationEntry(key: "issues", name: "公報期別", segments: ["gazette"])
    public static let categories = NavigationEntry(key: "categories", name: "類別", segments: ["categories"])
    public static let agencies = NavigationEntry(key: "agencies", name: "發文機關", segments: ["agencies"])
    public static let tags = NavigationEntry(key: "tags", name: "標籤", segments: ["tags"])
    public static let archive = NavigationEntry(key: "archive", name: "年度彙編", segments: ["archive"])
    public static let regulations = NavigationEntry(key: "regulations", name: "法規沿革", segments: SiteURLs.regulations)
    public static let consultations = NavigationEntry(key: "consultations", name: "意見徵詢", segments: SiteURLs.consultations)
    /// Not in the menu: the footer links it.
    public static let license = NavigationEntry(key: "license", name: "開放資料授權", segments: SiteURLs.license)

    static let builtIn: [NavigationEntry] = [.home, .issues, .categories, .agencies, .tags, .archive]

    func menuItem(current: String?, urls: SiteURLs) -> MenuItem {
        MenuItem(name: name, url: urls.link(segments), current: key == current)
    }
}

/// One entry of the main menu as a page shows it; made once per section, not once per page.
struct MenuItem: Sendable, MustacheParent {
    let name: String
    let url: String
    let current: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": url
        case "current": current
        default: nil
        }
    }
}
