import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GazetteDocument
import GazetteMarkdown
@testable import GazetteODF

/// A notice body, the fuzzer's bytes, read into the document tree once and written by every
/// writer: HTML, plain text and ODF text. None may crash or hang, the HTML may carry no live
/// script, and the ODF text and the automatic styles it brings must be well-formed XML.
@_cdecl("LLVMFuzzerTestOneInput")
public func testMarkdown(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let markdown = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let document = MarkdownReader().read(markdown).document
    let html = HTMLWriter().write(document)
    if html.range(of: "<script", options: .caseInsensitive) != nil { fatalError("live <script> in HTML") }
    if html.range(of: "href=\"javascript:", options: .caseInsensitive) != nil { fatalError("javascript: link in HTML") }
    _ = PlainTextWriter.write(document)

    var body = TextBody()
    body.document(document, converter: DocumentConverter(resolveLink: { $0 }))
    for (part, xml) in [("text", body.xml), ("automatic styles", body.styles.xml)] {
        let wrapped = "<office:text xmlns:office=\"o\" xmlns:text=\"t\" xmlns:table=\"b\" xmlns:draw=\"d\" xmlns:xlink=\"x\""
            + " xmlns:fo=\"f\" xmlns:style=\"s\">\(xml)</office:text>"
        let parser = XMLParser(data: Data(wrapped.utf8))
        parser.shouldProcessNamespaces = true
        if !parser.parse() { fatalError("ODF \(part) is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")") }
    }
    return 0
}
