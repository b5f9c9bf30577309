/// A body's words without markup, for search, feeds and excerpts: every block, list item and
/// table cell on a line of its own, so that a search never matches across two of them.
public enum PlainTextWriter {
    public static func write(_ document: Document) -> String {
        var text = ""
        text.reserveCapacity(2_048)
        write(document.blocks, into: &text)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    private static func write(_ blocks: [Block], into text: inout String) {
        for block in blocks { write(block, into: &text) }
    }

    private static func line(_ inlines: [Inline], prefix: String = "", into text: inout String) {
        text += prefix
        inlines.appendPlainText(to: &text)
        endLine(&text)
    }

    private static func endLine(_ text: inout String) {
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
    }

    private static func write(_ block: Block, into text: inout String) {
        switch block {
        case .paragraph(let inlines), .heading(_, let inlines):
            line(inlines, into: &text)
        case .list(let list):
            for item in list.items { write(item, into: &text) }
        case .legalList(let list):
            for item in list.items {
                line(item.text, prefix: item.marker, into: &text)
                write(item.children, into: &text)
            }
        case .article(let article):
            if case .paragraph(let first)? = article.blocks.first {
                line(first, prefix: article.number + "\u{3000}", into: &text)
                write(Array(article.blocks.dropFirst()), into: &text)
            } else {
                text += article.number + "\n"
                write(article.blocks, into: &text)
            }
        case .table(let table):
            if let caption = table.caption { line(caption, into: &text) }
            for row in [table.header] + table.rows {
                for cell in row { line(cell, into: &text) }
            }
        case .comparison(let table):
            if let caption = table.caption { line(caption, into: &text) }
            for column in table.columns { text += column + "\n" }
            for row in table.rows {
                switch row {
                case .heading(let inlines):
                    line(inlines, into: &text)
                case .cells(let cells):
                    for cell in cells {
                        write(cell, into: &text)
                        endLine(&text)
                    }
                }
            }
        case .quote(let blocks):
            write(blocks, into: &text)
        case .code(let literal, _):
            endLine(&text)
            text += literal
            endLine(&text)
        case .rawHTML, .thematicBreak:
            break
        case .signature(let signature):
            for signer in signature.signers { text += signer.title + "\u{3000}" + signer.name + "\n" }
            if let delegation = signature.delegation { text += delegation + "\n" }
        }
    }
}
