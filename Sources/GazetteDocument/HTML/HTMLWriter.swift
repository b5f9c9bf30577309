/// A body as HTML, written the way libcmark writes CommonMark, plus the gazette's own blocks:
/// hanging-indented legal lists that keep their printed markers, articles with a link to cite
/// each, tables in a labelled scrolling region, comparison tables with marked changes.
public struct HTMLWriter: Sendable {
    public var words: DocumentWords
    /// For another system's reader, without the site's stylesheet (the EY exchange format): tables
    /// are drawn with borders, as Word draws data tables, and the words for screen readers that
    /// only the stylesheet hides are left out, since they would show there.
    public var isStandalone: Bool

    /// Raw HTML and dangerous link targets reach a writer only when the site allows them: the
    /// reader leaves them out otherwise.
    public init(words: DocumentWords = .traditionalChinese, isStandalone: Bool = false) {
        self.words = words
        self.isStandalone = isStandalone
    }

    public func write(_ document: Document) -> String {
        var state = State()
        var html = ""
        html.reserveCapacity(4_096)
        write(document.blocks, tight: false, into: &html, state: &state)
        return html
    }

    /// Numbers the tables of one body, so that each scrolling region has a name of its own.
    private struct State {
        var tables = 0
    }

    private func write(_ blocks: [Block], tight: Bool, into html: inout String, state: inout State) {
        for block in blocks { write(block, tight: tight, into: &html, state: &state) }
    }

    private func write(_ block: Block, tight: Bool, into html: inout String, state: inout State) {
        switch block {
        case .paragraph(let inlines):
            if tight {
                write(inlines, into: &html)
                html += "\n"
            } else {
                html += "<p>"
                write(inlines, into: &html)
                html += "</p>\n"
            }
        case .heading(let level, let inlines):
            html += "<h\(level)>"
            write(inlines, into: &html)
            html += "</h\(level)>\n"
        case .list(let list):
            switch list.kind {
            case .bullet: html += "<ul>\n"
            case .ordered(let start): html += start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
            }
            for item in list.items {
                html += "<li>"
                if !list.isTight || !(item.first.map(Self.isParagraph) ?? true) { html += "\n" }
                write(item, tight: list.isTight, into: &html, state: &state)
                if list.isTight, html.hasSuffix("\n"), item.last.map(Self.isParagraph) ?? false { html.removeLast() }
                html += "</li>\n"
            }
            html += list.kind == .bullet ? "</ul>\n" : "</ol>\n"
        case .legalList(let list):
            html += "<ol class=\"legal legal-\(list.level)\">\n"
            for item in list.items {
                html += "<li><span class=\"legal-marker\">"
                HTMLText.append(item.marker, to: &html)
                html += "</span>"
                write(item.text, into: &html)
                if !item.children.isEmpty {
                    html += "\n"
                    write(item.children, tight: false, into: &html, state: &state)
                }
                html += "</li>\n"
            }
            html += "</ol>\n"
        case .article(let article):
            write(article, into: &html, state: &state)
        case .table(let table):
            write(table, into: &html, state: &state)
        case .comparison(let table):
            write(table, into: &html, state: &state)
        case .quote(let blocks):
            html += "<blockquote>\n"
            write(blocks, tight: false, into: &html, state: &state)
            html += "</blockquote>\n"
        case .code(let text, let info):
            html += "<pre><code"
            if let language = info.split(separator: " ").first {
                html += " class=\"language-"
                HTMLText.append(String(language), to: &html)
                html += "\""
            }
            html += ">"
            HTMLText.append(text, to: &html)
            html += "</code></pre>\n"
        case .rawHTML(let raw):
            html += raw
        case .thematicBreak:
            html += "<hr />\n"
        case .signature(let signature):
            html += "<div class=\"signature\">\n"
            for signer in signature.signers {
                html += "<p class=\"signer\"><span class=\"signer-title\">"
                HTMLText.append(signer.title, to: &html)
                html += "</span>\u{3000}<span class=\"signer-name\">"
                HTMLText.append(signer.name, to: &html)
                html += "</span></p>\n"
            }
            if let delegation = signature.delegation {
                html += "<p class=\"delegation\">"
                HTMLText.append(delegation, to: &html)
                html += "</p>\n"
            }
            html += "</div>\n"
        }
    }

    private static func isParagraph(_ block: Block) -> Bool {
        if case .paragraph = block { return true }
        return false
    }

    private func write(_ article: Article, into html: inout String, state: inout State) {
        html += "<div class=\"article\" id=\"" + HTMLText.escape(article.id) + "\">\n"
        var number = "<a class=\"article-number\" href=\"#" + HTMLText.escape(article.id) + "\" title=\""
            + HTMLText.escape(words.articleLink) + "\">"
        HTMLText.append(article.number, to: &number)
        number += "</a>"
        var blocks = article.blocks[...]
        if case .paragraph(let first)? = blocks.first {
            html += "<p>" + number + "\u{3000}"
            write(first, into: &html)
            html += "</p>\n"
            blocks = blocks.dropFirst()
        } else {
            html += "<p>" + number + "</p>\n"
        }
        write(Array(blocks), tight: false, into: &html, state: &state)
        html += "</div>\n"
    }

    /// A table in its own scrolling region, named by the caption (or numbered), and its caption.
    private func openTable(caption: [Inline]?, region: String, table: String, into html: inout String, state: inout State) {
        state.tables += 1
        let name = caption.map(\.plainText) ?? words.table + String(state.tables)
        html += "<div class=\"\(region)\" role=\"region\" aria-label=\"" + HTMLText.escape(name) + "\" tabindex=\"0\">\n"
        html += "<table class=\"\(table)\"" + (isStandalone ? " border=\"1\">\n" : ">\n")
        if let caption {
            html += "<caption>"
            write(caption, into: &html)
            html += "</caption>\n"
        }
    }

    private func write(_ table: Table, into html: inout String, state: inout State) {
        openTable(caption: table.caption, region: "table-scroll", table: "data-table", into: &html, state: &state)
        func attributes(_ column: Int) -> String {
            if table.numericColumns.contains(column) { return " class=\"numeric\"" }
            switch column < table.alignments.count ? table.alignments[column] : .none {
            case .none, .left: return ""
            case .center: return " class=\"align-center\""
            case .right: return " class=\"align-right\""
            }
        }
        html += "<thead>\n<tr>"
        for (column, cell) in table.header.enumerated() {
            html += "<th scope=\"col\"\(attributes(column))>"
            write(cell, into: &html)
            html += "</th>"
        }
        html += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            html += "<tbody>\n"
            for row in table.rows {
                html += "<tr>"
                for (column, cell) in row.enumerated() {
                    html += "<td\(attributes(column))>"
                    write(cell, into: &html)
                    html += "</td>"
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        html += "</table>\n</div>\n"
    }

    private func write(_ table: ComparisonTable, into html: inout String, state: inout State) {
        openTable(caption: table.caption, region: "table-scroll comparison-scroll", table: "comparison", into: &html, state: &state)
        html += "<thead>\n<tr>"
        for column in table.columns {
            html += "<th scope=\"col\">"
            HTMLText.append(column, to: &html)
            html += "</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            switch row {
            case .heading(let inlines):
                html += "<tr class=\"comparison-heading\"><th scope=\"colgroup\" colspan=\"\(table.columns.count)\">"
                write(inlines, into: &html)
                html += "</th></tr>\n"
            case .cells(let cells):
                html += "<tr>"
                for (column, blocks) in cells.enumerated() {
                    html += "<td data-label=\"" + HTMLText.escape(table.columns[column]) + "\">"
                    if blocks.isEmpty {
                        html += hidden(words.emptyCell)
                    } else {
                        html += "\n"
                        write(blocks, tight: false, into: &html, state: &state)
                    }
                    html += "</td>"
                }
                html += "</tr>\n"
            }
        }
        html += "</tbody>\n</table>\n</div>\n"
    }

    private func write(_ inlines: [Inline], into html: inout String) {
        for inline in inlines { write(inline, into: &html) }
    }

    private func write(_ inline: Inline, into html: inout String) {
        switch inline {
        case .text(let text):
            HTMLText.append(text, to: &html)
        case .code(let text):
            html += "<code>"
            HTMLText.append(text, to: &html)
            html += "</code>"
        case .emphasis(let children):
            html += "<em>"
            write(children, into: &html)
            html += "</em>"
        case .strong(let children):
            html += "<strong>"
            write(children, into: &html)
            html += "</strong>"
        case .link(let url, let title, let children):
            html += "<a href=\""
            HTMLText.appendURL(url, to: &html)
            html += "\""
            if !title.isEmpty { html += " title=\"" + HTMLText.escape(title) + "\"" }
            html += ">"
            write(children, into: &html)
            html += "</a>"
        case .image(let url, let title, let description):
            html += "<img src=\""
            HTMLText.appendURL(url, to: &html)
            html += "\" alt=\"" + HTMLText.escape(description.plainText) + "\""
            if !title.isEmpty { html += " title=\"" + HTMLText.escape(title) + "\"" }
            html += " />"
        case .softBreak:
            html += "\n"
        case .lineBreak:
            html += "<br />\n"
        case .rawHTML(let raw):
            html += raw
        case .inserted(let children):
            html += "<ins>" + hidden(words.insertedStart)
            write(children, into: &html)
            html += hidden(words.insertedEnd) + "</ins>"
        case .deleted(let children):
            html += "<del>" + hidden(words.deletedStart)
            write(children, into: &html)
            html += hidden(words.deletedEnd) + "</del>"
        }
    }

    /// Words for screen readers, which the site's stylesheet hides from sight.
    private func hidden(_ text: String) -> String {
        isStandalone ? "" : "<span class=\"visually-hidden\">" + HTMLText.escape(text) + "</span>"
    }
}
