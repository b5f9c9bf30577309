import GazetteDocument

/// The signature block Word typed at the end of a body (部長　陳威仁, 本案依分層負責規定授權…決行),
/// taken out of the body because the page prints it from the front matter: left in, it would be
/// printed twice.
struct SignatureLines {
    var signers: [Signature.Signer]

    struct Split {
        var body: [Block]
        /// The signers in the order the body prints them, which the page keeps; those it does
        /// not print follow in the record's order.
        var signers: [Signature.Signer]
        var delegation: String?
    }

    /// The body without its trailing signature and delegation paragraphs.
    func split(_ blocks: [Block]) -> Split {
        var blocks = blocks
        var delegation: String?
        let signed = signers.map { Self.compact($0.title + $0.name) }
        var printed: [[Int]] = []
        while let text = Self.lastParagraph(of: blocks) {
            let compact = Self.compact(text)
            if Self.isDelegation(compact), delegation == nil {
                delegation = EYText.trimmed(text.replacingLineBreaks())
            } else if let order = Self.signers(in: compact, signed: signed) {
                printed.insert(order, at: 0)
            } else {
                break
            }
            Self.removeLastParagraph(from: &blocks)
        }
        var order: [Int] = []
        for index in printed.joined() + Array(signers.indices) where !order.contains(index) { order.append(index) }
        return Split(body: blocks, signers: order.map { signers[$0] }, delegation: delegation)
    }

    /// The body's last paragraph: after an article, paragraphs are read as the article's, so a
    /// signature printed after the last article (as Gazette's own export prints it) is found there.
    private static func lastParagraph(of blocks: [Block]) -> String? {
        switch blocks.last {
        case .paragraph(let inlines)?: inlines.plainText
        case .article(let article)? where article.blocks.count > 1: lastParagraph(of: article.blocks)
        default: nil
        }
    }

    private static func removeLastParagraph(from blocks: inout [Block]) {
        guard case .article(var article)? = blocks.last else {
            blocks.removeLast()
            return
        }
        removeLastParagraph(from: &article.blocks)
        blocks[blocks.count - 1] = .article(article)
    }

    static func isDelegation(_ compact: String) -> Bool {
        compact.count <= 40 && compact.contains("分層負責") && compact.hasSuffix("決行")
    }

    /// The signers a line consists of, each title and name in full, in the order printed; nil
    /// when the line holds anything else.
    private static func signers(in compact: String, signed: [String]) -> [Int]? {
        var rest = Substring(compact)
        var order: [Int] = []
        while !rest.isEmpty {
            guard let match = signed.indices.first(where: { !signed[$0].isEmpty && rest.hasPrefix(signed[$0]) }) else { return nil }
            order.append(match)
            rest = rest.dropFirst(signed[match].count)
        }
        return order.isEmpty ? nil : order
    }

    static func compact(_ text: String) -> String {
        String(text.filter { !($0.isWhitespace || $0 == "\u{3000}" || $0 == "\u{00A0}") })
    }
}

private extension String {
    func replacingLineBreaks() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
