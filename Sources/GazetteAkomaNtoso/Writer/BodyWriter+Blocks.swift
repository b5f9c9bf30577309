import GazetteDocument

extension BodyWriter {
    /// A block where only blocks may stand: in `content`, a table cell, a list item, `conclusions`.
    mutating func writeBlock(_ block: Block) {
        switch block {
        case .paragraph(let inlines):
            writeParagraph(inlines)
        case .heading(_, let inlines):
            writeParagraph(inlines, class: "heading")
        case .list(let list):
            output.open("blockList")
            for (offset, item) in list.items.enumerated() {
                output.open("item")
                if case .ordered(let start) = list.kind { output.element("num", text: String(start + offset) + ".") }
                writeBlocks(item)
                output.close("item")
            }
            output.close("blockList")
        case .legalList(let list):
            output.open("blockList", [("class", "legal-" + String(list.level))])
            for item in list.items {
                output.open("item")
                output.element("num", text: item.marker)
                writeParagraph(item.text)
                for child in item.children { writeBlock(child) }
                output.close("item")
            }
            output.close("blockList")
        case .article(let article):
            output.open("blockContainer", [("class", "article")])
            output.element("num", text: article.number)
            writeBlocks(article.blocks)
            output.close("blockContainer")
        case .table(let table):
            write(table)
        case .comparison(let table):
            write(table)
        case .quote(let blocks):
            output.open("blockContainer", [("class", "quote")])
            writeBlocks(blocks)
            output.close("blockContainer")
        case .code(let text, _):
            output.open("p", [("class", "code"), ("xml:space", "preserve")], breaksLine: false)
            output.text(text)
            output.close("p")
        case .signature(let signature):
            write(signature)
        case .rawHTML, .thematicBreak:
            // Markup for a browser and a rule between blocks: neither has a meaning to record.
            break
        }
    }

    /// Blocks inside an element that needs at least one (`item`, `blockContainer`): an empty
    /// paragraph stands in when nothing was written.
    mutating func writeBlocks(_ blocks: [Block]) {
        let start = output.count
        for block in blocks { writeBlock(block) }
        if output.count == start { output.empty("p") }
    }

    mutating func writeParagraph(_ inlines: [Inline], class name: String? = nil) {
        output.open("p", [("class", name)], breaksLine: false)
        writeInlines(inlines)
        output.close("p")
    }

    /// Each signer as `signature` with the `role` (市長) and the `person`, which `references`
    /// names; the delegation line (依分層負責規定授權單位主管決行) as a paragraph of its own.
    private mutating func write(_ signature: Signature) {
        output.open("blockContainer", [("class", "signature")])
        for signer in signature.signers {
            signers.append(signer)
            let number = String(signers.count)
            output.open("p", breaksLine: false)
            output.open("signature", breaksLine: false)
            output.open("role", [("refersTo", "#role-" + number)], breaksLine: false)
            output.text(signer.title)
            output.close("role", breaksLine: false)
            output.text("\u{3000}")
            output.open("person", [("refersTo", "#person-" + number), ("as", "#role-" + number)], breaksLine: false)
            output.text(signer.name)
            output.close("person", breaksLine: false)
            output.close("signature", breaksLine: false)
            output.close("p")
        }
        if let delegation = signature.delegation {
            output.element("p", [("class", "delegation")], text: delegation)
        }
        if signature.signers.isEmpty && signature.delegation == nil { output.empty("p") }
        output.close("blockContainer")
    }
}
