import GazetteDocument

extension BodyWriter {
    mutating func writeInlines(_ inlines: [Inline]) {
        for inline in inlines { write(inline) }
    }

    private mutating func write(_ inline: Inline) {
        switch inline {
        case .text(let text):
            output.text(text)
        case .code(let text):
            output.open("inline", [("name", "code")], breaksLine: false)
            output.text(text)
            output.close("inline", breaksLine: false)
        case .emphasis(let children):
            wrap("i", children)
        case .strong(let children):
            wrap("b", children)
        case .link(let url, let title, let children):
            output.open("a", [("href", URIReference.encode(url)), ("title", title.isEmpty ? nil : title)], breaksLine: false)
            writeInlines(children)
            output.close("a", breaksLine: false)
        case .image(let url, let title, let description):
            output.empty("img", [("src", URIReference.encode(url)), ("alt", description.plainText),
                                 ("title", title.isEmpty ? nil : title)], breaksLine: false)
        case .softBreak:
            output.text("\n")
        case .lineBreak:
            output.empty("eol", breaksLine: false)
        case .rawHTML:
            // Markup for a browser, kept only on sites that allow it; no element of the schema holds it.
            break
        case .inserted(let children):
            wrap("ins", children)
        case .deleted(let children):
            wrap("del", children)
        }
    }

    private mutating func wrap(_ element: String, _ children: [Inline]) {
        output.open(element, breaksLine: false)
        writeInlines(children)
        output.close(element, breaksLine: false)
    }
}
