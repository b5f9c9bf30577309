import GazetteDocument

/// The constructs of laws and official documents: legal numbering, articles, the signature block.
extension BodyWriter {
    /// A real list, so that a clerk can indent or restyle it, whose items start with their
    /// printed markers: the list style only hangs the text under the marker.
    mutating func write(_ list: LegalList) {
        xml += "<text:list text:style-name=\"\(StyleName.legalList(list.level))\">"
        listDepth += 1
        for item in list.items {
            xml += "<text:list-item><text:p text:style-name=\"\(paragraphStyle)\">"
            lastWasASCII = false
            text(item.marker)
            write(item.text)
            xml += "</text:p>"
            write(item.children)
            xml += "</text:list-item>"
        }
        listDepth -= 1
        xml += "</text:list>"
    }

    /// The number in bold, an ideographic space and the first paragraph, as printed; the bookmark
    /// carries the article's id, so the navigator lists the articles.
    mutating func write(_ article: Article) {
        xml += "<text:p text:style-name=\"\(paragraphStyle)\"><text:bookmark text:name=\"\(ODFText.escape(namePrefix + "-" + article.id))\"/>"
            + "<text:span text:style-name=\"\(StyleName.articleNumber)\">\(ODFText.escape(article.number))</text:span>"
        lastWasASCII = false
        var blocks = article.blocks[...]
        if case .paragraph(let first)? = blocks.first {
            xml += "\u{3000}"
            write(first)
            blocks = blocks.dropFirst()
        }
        xml += "</text:p>"
        write(Array(blocks))
    }

    mutating func write(_ signature: Signature) {
        for signer in signature.signers {
            xml += "<text:p text:style-name=\"\(StyleName.signature)\">" + ODFText.escape(signer.title + "\u{3000}" + signer.name)
                + "</text:p>"
        }
        if let delegation = signature.delegation {
            xml += "<text:p text:style-name=\"\(StyleName.delegation)\">" + ODFText.escape(delegation) + "</text:p>"
        }
    }
}
