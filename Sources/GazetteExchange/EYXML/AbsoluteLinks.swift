import Foundation
import GazetteDocument

/// A body's links as a file read far from its page must hold them: relative ones made absolute
/// against the notice's page. Links are kept otherwise: the HTML writer escapes them, and the
/// reader of the body keeps only http, https and mailto.
struct AbsoluteLinks {
    let page: URL?

    init(pageURL: String) {
        page = URL(string: pageURL)
    }

    func resolve(_ document: Document) -> Document {
        Document(document.blocks.map(resolve))
    }

    private func resolve(_ block: Block) -> Block {
        switch block {
        case .paragraph(let inlines): return .paragraph(resolve(inlines))
        case .heading(let level, let inlines): return .heading(level: level, resolve(inlines))
        case .list(var list):
            list.items = list.items.map { $0.map(resolve) }
            return .list(list)
        case .legalList(var list):
            list.items = list.items.map { item in
                LegalItem(marker: item.marker, text: resolve(item.text), children: item.children.map(resolve))
            }
            return .legalList(list)
        case .article(var article):
            article.blocks = article.blocks.map(resolve)
            return .article(article)
        case .table(var table):
            table.caption = table.caption.map(resolve)
            table.header = table.header.map(resolve)
            table.rows = table.rows.map { $0.map(resolve) }
            return .table(table)
        case .comparison(var table):
            table.caption = table.caption.map(resolve)
            table.rows = table.rows.map { row in
                switch row {
                case .heading(let inlines): .heading(resolve(inlines))
                case .cells(let cells): .cells(cells.map { $0.map(resolve) })
                }
            }
            return .comparison(table)
        case .quote(let blocks): return .quote(blocks.map(resolve))
        case .code, .rawHTML, .thematicBreak, .signature: return block
        }
    }

    private func resolve(_ inlines: [Inline]) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .link(let url, let title, let children): .link(url: absolute(url), title: title, resolve(children))
            case .image(let url, let title, let description): .image(url: absolute(url), title: title, description: description)
            case .emphasis(let children): .emphasis(resolve(children))
            case .strong(let children): .strong(resolve(children))
            case .inserted(let children): .inserted(resolve(children))
            case .deleted(let children): .deleted(resolve(children))
            case .text, .code, .softBreak, .lineBreak, .rawHTML: inline
            }
        }
    }

    /// A fragment-only link (`#第三條`) stays: it points into the same body.
    private func absolute(_ url: String) -> String {
        guard !url.hasPrefix("#"), let page, let resolved = URL(string: url, relativeTo: page) else { return url }
        return resolved.absoluteString
    }
}
