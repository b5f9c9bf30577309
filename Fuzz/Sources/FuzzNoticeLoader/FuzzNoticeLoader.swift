import Foundation
import GazetteContent

/// One notice file, the fuzzer's bytes, in a valid site: the loader must report an error or load
/// exactly that notice; a crash, a hang or a notice silently dropped is a finding.
private let content: URL = {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-fuzz-\(getpid())")
    let issue = root.appendingPathComponent("gazette/i1")
    try! FileManager.default.createDirectory(at: issue, withIntermediateDirectories: true)
    try! Data("""
        title: 公報
        baseURL: https://gazette.example.gov.tw/
        language: zh-Hant-TW
        categories:
          - slug: announcements
            name: 公告
        agencies:
          - slug: a01
            name: 法制局

        """.utf8).write(to: root.appendingPathComponent("site.yml"))
    try! Data("title: 第1期\ndate: 2021-01-06\n".utf8).write(to: issue.appendingPathComponent("issue.yml"))
    return root
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func testNoticeLoader(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    try! Data(bytes: bytes, count: count).write(to: content.appendingPathComponent("gazette/i1/notice.md"))
    do {
        let loaded = try ContentLoader(root: content).load(includeDrafts: true)
        guard loaded.content.notices.count == 1 else { fatalError("loaded \(loaded.content.notices.count) notices without an error") }
    } catch {
        guard !error.description.isEmpty else { fatalError("an error without a message") }
    }
    return 0
}
