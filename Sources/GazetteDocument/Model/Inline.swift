/// The text of a paragraph, heading or cell.
public indirect enum Inline: Sendable, Hashable {
    case text(String)
    case code(String)
    case emphasis([Inline])
    case strong([Inline])
    case link(url: String, title: String, [Inline])
    case image(url: String, title: String, description: [Inline])
    /// A line end inside a paragraph: a space between Latin words, nothing between Chinese ones.
    case softBreak
    case lineBreak
    /// Kept only when the site allows raw HTML.
    case rawHTML(String)
    /// Text that the amended version adds or the current one loses, found by comparing them.
    case inserted([Inline])
    case deleted([Inline])
}

extension Array where Element == Inline {
    /// The words without markup, soft breaks joined as `Inline.softBreak` says.
    public var plainText: String {
        var text = ""
        appendPlainText(to: &text)
        return text
    }

    func appendPlainText(to text: inout String) {
        for inline in self {
            switch inline {
            case .text(let value), .code(let value):
                text += value
            case .emphasis(let children), .strong(let children), .inserted(let children), .deleted(let children),
                 .link(_, _, let children), .image(_, _, let children):
                children.appendPlainText(to: &text)
            case .softBreak:
                if let last = text.unicodeScalars.last, last.isASCII { text += " " }
            case .lineBreak:
                text += "\n"
            case .rawHTML:
                break
            }
        }
    }
}
