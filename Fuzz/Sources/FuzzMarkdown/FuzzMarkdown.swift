import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import GazetteODF
import GazetteMarkdown

/// A notice body, the fuzzer's bytes, rendered to HTML and to ODF text: neither may crash or hang,
/// the HTML may carry no live script, and the ODF text must be well-formed XML.
@_cdecl("LLVMFuzzerTestOneInput")
public func testMarkdown(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let markdown = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let rendered = MarkdownRenderer().render(markdown)
    if rendered.html.range(of: "<script", options: .caseInsensitive) != nil { fatalError("live <script> in HTML") }
    if rendered.html.range(of: "href=\"javascript:", options: .caseInsensitive) != nil { fatalError("javascript: link in HTML") }

    var xml = ""
    MarkdownConverter(resolveLink: { $0 }).append(markdown, to: &xml)
    let document = "<office:text xmlns:office=\"o\" xmlns:text=\"t\" xmlns:table=\"b\" xmlns:draw=\"d\" xmlns:xlink=\"x\" xmlns:fo=\"f\" xmlns:style=\"s\">\(xml)</office:text>"
    let parser = XMLParser(data: Data(document.utf8))
    parser.shouldProcessNamespaces = true
    if !parser.parse() { fatalError("ODF text is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")") }
    return 0
}
