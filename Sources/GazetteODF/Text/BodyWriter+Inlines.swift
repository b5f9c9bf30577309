import GazetteDocument

extension BodyWriter {
    mutating func write(_ inlines: [Inline]) {
        for inline in inlines { write(inline) }
    }

    /// Plain words, escaped.
    mutating func text(_ text: String) {
        ODFText.append(text, to: &xml)
        if let last = text.unicodeScalars.last { lastWasASCII = last.isASCII }
    }

    private mutating func write(_ inline: Inline) {
        switch inline {
        case .text(let value):
            text(value)
        case .code(let value):
            xml += "<text:span text:style-name=\"\(StyleName.sourceText)\">"
            ODFText.appendPreserving(Substring(value), to: &xml)
            xml += "</text:span>"
            if let last = value.unicodeScalars.last { lastWasASCII = last.isASCII }
        case .emphasis(let children):
            span(children, style: StyleName.emphasis)
        case .strong(let children):
            span(children, style: StyleName.strong)
        case .inserted(let children):
            span(children, style: StyleName.inserted)
        case .deleted(let children):
            span(children, style: StyleName.deleted)
        case .link(let url, _, let children):
            link(url, children)
        case .image(let url, _, let description):
            // An image cannot travel without its file; its description links to it instead.
            link(url, description)
        case .softBreak:
            // A wrapped line of Chinese joins without a space; a wrapped line of Latin words needs one.
            if lastWasASCII { xml += " " }
        case .lineBreak:
            xml += "<text:line-break/>"
            lastWasASCII = false
        case .rawHTML:
            break
        }
    }

    private mutating func span(_ children: [Inline], style: String) {
        xml += "<text:span text:style-name=\"\(style)\">"
        write(children)
        xml += "</text:span>"
    }

    private mutating func link(_ url: String, _ children: [Inline]) {
        let target = openLinks.contains(true) ? nil : resolveLink(url)
        openLinks.append(target != nil)
        if let target {
            xml += "<text:a xlink:type=\"simple\" xlink:href=\"\(ODFText.escape(target))\""
                + " text:style-name=\"\(StyleName.link)\" text:visited-style-name=\"\(StyleName.visitedLink)\">"
        }
        write(children)
        if openLinks.removeLast() { xml += "</text:a>" }
    }
}
