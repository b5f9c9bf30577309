import Foundation
import GazetteDocument
import GazetteHTMLReader
import GazetteImport
import GazetteMarkdown
import Testing

/// Every body of the Executive Yuan Gazette's open data in ../shared/corpora/ey-gazette/, read
/// from HTML into the tree and written as Markdown, reads back as the same tree: what the
/// importer writes is what the site builds. The corpus is open data (提供機關／行政院公報資訊網)
/// read from ../shared, never copied into the repository.
struct CorpusRoundTripTests {
    @Test func everyRecordsMarkdownReadsBackAsItsTree() throws {
        let folder = "../shared/corpora/ey-gazette"
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(".xml") }.sorted()
        try #require(paths.count == 48, "the 48 days of ../shared/corpora/ey-gazette/ are needed")
        var records = 0
        var constructs: [String: Int] = [:]
        for path in paths {
            for record in try EYDayFile(path: "\(folder)/\(path)").records {
                records += 1
                let document = HTMLReader().read(record["HTMLContent"]).document
                let markdown = MarkdownWriter().write(document)
                let reread = MarkdownReader().read(markdown)
                #expect(reread.problems.isEmpty, "MetaId \(record.metaId): \(reread.problems)")
                #expect(reread.document == document, "MetaId \(record.metaId) does not read back as its tree")
                for block in document.blocks { constructs[block.kind, default: 0] += 1 }
            }
        }
        #expect(records == 1_720)
        // The corpus exercises every construct the importer makes, so the round trip covers them.
        for kind in ["paragraph", "legalList", "article", "table", "comparison"] {
            #expect(constructs[kind, default: 0] > 0, "no \(kind) in the corpus: \(constructs)")
        }
    }
}

private extension Block {
    var kind: String {
        switch self {
        case .paragraph: "paragraph"
        case .heading: "heading"
        case .legalList: "legalList"
        case .article: "article"
        case .table: "table"
        case .comparison: "comparison"
        default: "other"
        }
    }
}
