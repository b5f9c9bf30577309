import GazetteDocument
import GazetteHTMLReader
import GazetteMarkdown

/// A record's body, the fuzzer's bytes, read as HTML into the tree and written as Markdown, as
/// the importer does: nothing may crash or hang, the Markdown must read back as the same tree,
/// and the page written from it may carry no live script or `javascript:` link.
@_cdecl("LLVMFuzzerTestOneInput")
public func testHTMLImport(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let html = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let document = HTMLReader().read(html).document
    let markdown = MarkdownWriter().write(document)
    let reread = MarkdownReader().read(markdown)
    if reread.document != document { fatalError("the Markdown does not read back as the tree:\n\(markdown)") }
    if !reread.problems.isEmpty { fatalError("the Markdown has problems: \(reread.problems)") }
    let page = HTMLWriter().write(reread.document).lowercased()
    if page.contains("<script") || page.contains("href=\"javascript:") || page.contains(" onerror=") {
        fatalError("live markup in the page")
    }
    return 0
}
