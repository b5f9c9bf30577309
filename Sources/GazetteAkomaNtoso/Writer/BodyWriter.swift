import GazetteDocument

/// A notice's document tree as the body of an Akoma Ntoso `act` or `doc`. Headings open
/// `hcontainer`s holding what follows them, articles become `article`, 項 `paragraph`, legal
/// numbering `list` of `point`s; any other block is wrapped where the hierarchy needs it and
/// written as a block (`table`, `blockList`, `p`). The signature block ending a notice goes to
/// `conclusions`, as a printed notice ends with it.
struct BodyWriter {
    struct Result {
        /// The children of `body` (or `mainBody`); never empty, which the schema forbids.
        var body: String
        /// The children of `conclusions`, `nil` when the notice has no closing signature.
        var conclusions: String?
        /// Every signer in the order written, for `references` to name: signer n is
        /// `#person-n`, with the role `#role-n`.
        var signers: [Signature.Signer]
    }

    var output = XMLOutput()
    var signers: [Signature.Signer] = []
    private var usedIds: Set<String> = []

    static func write(_ document: Document) -> Result {
        var blocks = document.blocks[...]
        var closing: [Block] = []
        while case .signature? = blocks.last { closing.insert(blocks.removeLast(), at: 0) }
        var writer = BodyWriter()
        writer.writeHierarchy(blocks, parent: "")
        if writer.output.count == 0 {
            writer.output.open("paragraph", [("eId", "para_1")])
            writer.output.open("content")
            writer.output.empty("p")
            writer.output.close("content")
            writer.output.close("paragraph")
        }
        let body = writer.output.xml
        var conclusions: String?
        if !closing.isEmpty {
            writer.output = XMLOutput()
            for block in closing { writer.writeBlock(block) }
            conclusions = writer.output.xml
        }
        return Result(body: body, conclusions: conclusions, signers: writer.signers)
    }

    /// Blocks where only hierarchical elements may stand: in `body`, a heading's `hcontainer`,
    /// an `article` or a `point`. Each element's `eId` extends its parent's (`hcontainer_2__list_1__point_2`).
    private mutating func writeHierarchy(_ blocks: ArraySlice<Block>, parent: String) {
        var counts: [String: Int] = [:]
        func nextId(_ prefix: String) -> String {
            counts[prefix, default: 0] += 1
            return (parent.isEmpty ? "" : parent + "__") + prefix + "_" + String(counts[prefix]!)
        }
        var index = blocks.startIndex
        while index < blocks.endIndex {
            let block = blocks[index]
            index += 1
            switch block {
            case .heading(let level, let inlines):
                let end = blocks[index...].firstIndex { Self.headingLevel($0).map { $0 <= level } ?? false } ?? blocks.endIndex
                let id = unique(nextId("hcontainer"))
                output.open("hcontainer", [("eId", id), ("name", "section")])
                output.open("heading", breaksLine: false)
                writeInlines(inlines)
                output.close("heading")
                writeHierarchy(blocks[index..<end], parent: id)
                output.close("hcontainer")
                index = end
            case .article(let article):
                // Articles are numbered through the whole text (第一條 to the last), so their eIds need no parent.
                write(article, id: unique("art_" + Self.articleNumber(article.id)))
            case .legalList(let list):
                write(list, id: unique(nextId("list")))
            case .paragraph(let inlines):
                output.open("paragraph", [("eId", unique(nextId("para")))])
                output.open("content")
                writeParagraph(inlines)
                output.close("content")
                output.close("paragraph")
            case .rawHTML, .thematicBreak:
                continue
            case .list, .table, .comparison, .quote, .code, .signature:
                output.open("hcontainer", [("eId", unique(nextId("hcontainer"))), ("name", Self.containerName(block))])
                output.open("content")
                writeBlock(block)
                output.close("content")
                output.close("hcontainer")
            }
        }
    }

    private mutating func write(_ article: Article, id: String) {
        output.open("article", [("eId", id)])
        output.element("num", text: article.number)
        if article.blocks.count == 1, case .paragraph(let inlines) = article.blocks[0] {
            output.open("content")
            writeParagraph(inlines)
            output.close("content")
        } else {
            writeHierarchy(article.blocks[...], parent: id)
        }
        output.close("article")
    }

    private mutating func write(_ list: LegalList, id: String) {
        output.open("list", [("eId", id)])
        for (number, item) in list.items.enumerated() {
            let pointId = unique(id + "__point_" + String(number + 1))
            output.open("point", [("eId", pointId)])
            output.element("num", text: item.marker)
            if item.children.isEmpty {
                output.open("content")
                writeParagraph(item.text)
                output.close("content")
            } else {
                output.open("intro")
                writeParagraph(item.text)
                output.close("intro")
                writeHierarchy(item.children[...], parent: pointId)
            }
            output.close("point")
        }
        output.close("list")
    }

    /// An `eId` not yet given in this body: article numbers come from the text, which may repeat one.
    private mutating func unique(_ candidate: String) -> String {
        var id = candidate
        var suffix = 1
        while usedIds.contains(id) {
            suffix += 1
            id = candidate + "-" + String(suffix)
        }
        usedIds.insert(id)
        return id
    }

    private static func headingLevel(_ block: Block) -> Int? {
        if case .heading(let level, _) = block { level } else { nil }
    }

    /// `a11-1` (第十一條之一) gives `11-1`, as in the eIds of the naming convention (`art_11-1`).
    private static func articleNumber(_ id: String) -> String {
        id.hasPrefix("a") && id.count > 1 ? String(id.dropFirst()) : id
    }

    private static func containerName(_ block: Block) -> String {
        switch block {
        case .list: "list"
        case .table: "table"
        case .comparison: "comparisonTable"
        case .quote: "quote"
        case .code: "code"
        case .signature: "signature"
        case .paragraph, .heading, .legalList, .article, .rawHTML, .thematicBreak: "block"
        }
    }
}
