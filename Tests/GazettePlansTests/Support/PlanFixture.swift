import Foundation

/// A content folder written to a fresh temporary folder: site.yml and one plan, for tests that
/// run the real `gazette` on real files.
struct PlanFixture {
    let root: URL

    init(files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-plans-\(UUID().uuidString)")
        for (path, text) in files { try write(path, text) }
    }

    /// The minimal plan of docs/plan-format.md, at plans/110/a01/ unless `folder` says otherwise.
    static func minimal(planYAML: String = PlanFixture.minimalPlan, summary: String = PlanFixture.minimalSummary,
                        folder: String = "Content/plans/110/a01") throws -> PlanFixture {
        try PlanFixture(files: [
            "Content/site.yml": siteYAML,
            "\(folder)/plan.yml": planYAML,
            "\(folder)/summary.md": summary,
        ])
    }

    /// A copy of the repository's Content/ and Templates/, for building the seed plan.
    static func seed() throws -> PlanFixture {
        let fixture = try PlanFixture(files: [:])
        for folder in ["Content", "Templates"] {
            try FileManager.default.copyItem(at: RepositoryRoot.url.appendingPathComponent(folder),
                                             to: fixture.root.appendingPathComponent(folder))
        }
        return fixture
    }

    var content: URL { root.appendingPathComponent("Content") }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    static let siteYAML = """
    title: 高雄市政府電子公報
    baseURL: https://gazette.example.gov.tw/
    language: zh-Hant-TW
    categories:
      - slug: announcements
        name: 公告
    agencies:
      - slug: a01
        name: 行政暨國際處
      - slug: a02
        name: 法制局

    """

    static let minimalSummary = "1. 第一點。\n2. 第二點。\n"

    static let minimalPlan = """
    title: 高雄市政府示例處110年度施政計畫
    roc-year: 110
    agency: a01
    unit: 千元
    currency: TWD

    crosswalk:
      budget-source: 主要預算
      total: "1,300"
      items:
        - code: "1"
          label: 壹、
          name: 一般行政
        - code: "1.1"
          name: 行政管理
          amount: "1,000"
          notes: 不含人事費300千元
        - code: "2"
          label: 貳、
          name: 人事費及第一預備金
          amount: "300"
        - code: "2.1"
          label: 一、
          name: 人事費
          amount: "250"
        - code: "2.2"
          label: 二、
          name: 第一預備金
          amount: "50"

    programs:
      - code: "1"
        label: 壹、
        name: 一般行政
        amount: "1,000"
      - code: "1.1"
        name: 行政管理
      - code: "1.1.1"
        label: (一)
        name: 行政業務
        amount: "940"
        goals:
          - text: 綜理市政業務
            points: |
              1. 協助市長綜理本市市政業務。
              2. 定期巡視本市各區建設情形。
      - code: "1.1.2"
        label: (二)
        name: 職工業務
        amount: "60"
        goals:
          - label: "1."
            text: 職工管理
            points: |
              1. 妥善運用人力資源。
          - label: "2."
            text: 車輛管理
            points: |
              推動車輛定期保養制度，確保行車安全。

    """
}

/// A text with one line edited, remembering where, so a test can expect an error at that
/// exact line and column.
struct EditedText {
    let text: String
    /// 1-based number of the edited line.
    let line: Int
    let lineText: String

    /// Replaces `original` on the `occurrence`-th (from 1) line that contains it.
    init(_ source: String, replacing original: String, with replacement: String, occurrence: Int = 1) throws {
        var lines = source.components(separatedBy: "\n")
        let matches = lines.indices.filter { lines[$0].contains(original) }
        guard matches.count >= occurrence else { throw FixtureError.notFound(original) }
        let index = matches[occurrence - 1]
        lines[index] = lines[index].replacingOccurrences(of: original, with: replacement)
        text = lines.joined(separator: "\n")
        line = index + 1
        lineText = lines[index]
    }

    /// The 1-based column, in characters, where `marker` first appears on the edited line.
    func column(of marker: String) -> Int {
        guard let range = lineText.range(of: marker) else { return 0 }
        return lineText[..<range.lowerBound].unicodeScalars.count + 1
    }
}

enum FixtureError: Error {
    case notFound(String)
}

/// The repository checkout these tests belong to.
enum RepositoryRoot {
    static var url: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }
}
