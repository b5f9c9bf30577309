import GazetteDocument

/// The signature block Word typed at the end of a body (部長　陳威仁, 本案依分層負責規定授權…決行),
/// taken out of the body because the page prints it from the front matter: left in, it would be
/// printed twice.
struct SignatureLines {
    var signers: [Signature.Signer]

    /// The body without its trailing signature and delegation paragraphs, and the delegation line.
    func split(_ blocks: [Block]) -> (body: [Block], delegation: String?) {
        var blocks = blocks
        var delegation: String?
        let signed = signers.map { Self.compact($0.title + $0.name) }.filter { !$0.isEmpty }
        while case .paragraph(let inlines)? = blocks.last {
            let text = inlines.plainText
            let compact = Self.compact(text)
            if Self.isDelegation(compact), delegation == nil {
                delegation = EYText.trimmed(text.replacingLineBreaks())
            } else if !signed.isEmpty, Self.consists(compact, of: signed) {
                // The signers' words are printed from the front matter.
            } else {
                break
            }
            blocks.removeLast()
        }
        return (blocks, delegation)
    }

    static func isDelegation(_ compact: String) -> Bool {
        compact.count <= 40 && compact.contains("分層負責") && compact.hasSuffix("決行")
    }

    /// Whether the line is nothing but signers, each title and name in full, in any order.
    private static func consists(_ compact: String, of signed: [String]) -> Bool {
        var rest = Substring(compact)
        while !rest.isEmpty {
            guard let match = signed.first(where: { rest.hasPrefix($0) }) else { return false }
            rest = rest.dropFirst(match.count)
        }
        return true
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
