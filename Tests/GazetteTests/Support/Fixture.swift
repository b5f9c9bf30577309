import Foundation

/// A content tree written to a fresh temporary folder, for tests that need real files.
struct Fixture {
    let root: URL

    init(_ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    /// A valid site: two issues, three notices, one attachment, one draft.
    static func valid() throws -> Fixture {
        try Fixture([
            "Content/site.yml": siteYAML,
            "Content/gazette/110-spring-001/issue.yml": "title: 110年春字第1期\ndate: 2021-01-06\n",
            "Content/gazette/110-spring-001/venue-rules.md": notice(title: "修正「高雄市政府行政中心場地使用管理規則」",
                                                                    category: "regulations", number: "高市府行國字第11030123400號",
                                                                    date: "2021-01-04", extra: "tags: [場地管理, 行政中心]\nattachments:\n  - title: 附件一 申請表\n    file: files/apply form.csv\n"),
            "Content/gazette/110-spring-001/files/apply form.csv": "欄位,說明\n姓名,申請人\n",
            "Content/gazette/110-spring-001/mediation.md": notice(title: "聘任消費爭議調解委員", category: "announcements",
                                                                 number: "高市府行國消字第11070000300號", date: "2021-01-05"),
            "Content/gazette/110-spring-002/issue.yml": "title: 110年春字第2期\ndate: 2021-01-20\n",
            "Content/gazette/110-spring-002/service.md": notice(title: "公示送達陳怡君君", category: "service", agency: "a02",
                                                               number: "高市法字第11030000100號", date: "2021-01-19"),
            "Content/gazette/110-spring-002/draft.md": notice(title: "草稿公告", category: "orders",
                                                             number: "高市府行國字第11030999900號", date: "2021-01-19", extra: "draft: true\n"),
        ])
    }

    static let siteYAML = """
    title: 高雄市政府電子公報
    baseURL: https://gazette.example.gov.tw/
    language: zh-Hant-TW
    categories:
      - slug: regulations
        name: 法規
      - slug: rules
        name: 行政規則
      - slug: orders
        name: 令
      - slug: announcements
        name: 公告
      - slug: service
        name: 公示送達
    agencies:
      - slug: a01
        name: 行政暨國際處
      - slug: a02
        name: 法制局

    """

    /// `number: nil` leaves the line out (date and `extra` then start a line higher).
    static func notice(title: String, category: String = "announcements", agency: String = "a01",
                       number: String?, date: String, extra: String = "", body: String = "## 主旨\n\n公告周知。\n") -> String {
        let numberLine = number.map { "number: \"\($0)\"\n" } ?? ""
        return "---\ntitle: \"\(title)\"\ncategory: \(category)\nagency: \(agency)\n\(numberLine)date: \(date)\n\(extra)---\n\n\(body)"
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    /// Every file under a folder with its bytes, for comparing whole outputs.
    func snapshot(_ folder: String) throws -> [String: Data] {
        let base = root.appendingPathComponent(folder)
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: base.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if exists && !isDirectory.boolValue { files[path] = try Data(contentsOf: base.appendingPathComponent(path)) }
        }
        return files
    }
}
