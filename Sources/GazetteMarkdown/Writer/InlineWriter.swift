import GazetteDocument

/// Writes inlines as CommonMark that libcmark reads back as the same inlines. The text is cut
/// into one atom per character first, so that the escapes which depend on a character's
/// neighbours (a `_` inside a word, a space that ends a line, the letter beside a `*`) can look
/// at the finished line rather than at one text node.
struct InlineWriter {
    /// What libcmark could take the first characters of the run for.
    enum LineStart {
        /// A paragraph's line, a cell, a caption: any block could start here.
        case block
        /// An ATX heading's text: only its leading spaces would be lost.
        case heading
        /// Text after a legal marker or an article number, on the same line.
        case none
    }

    var lineStart = LineStart.block
    /// Off in pipe-table cells, whose row writer escapes every pipe itself, code spans included.
    var escapesPipes = true
    /// Cells, captions and ATX headings are one line, so a break in them is written as a space.
    var isOneLine = false
    /// A break ends no paragraph in CommonMark (`a\` is a backslash), so one at the end is
    /// dropped, unless the block writer keeps it with a line that follows (`BlockLines.append`).
    var keepsTrailingBreaks = false

    func write(_ inlines: [Inline]) -> String {
        var atoms = InlineAtoms(escapesPipes: escapesPipes)
        atoms.append(inlines, isOneLine: isOneLine)
        if !keepsTrailingBreaks { atoms.dropTrailingBreaks() }
        atoms.escapeLineEdges(firstLine: lineStart)
        // What stands before the run: a line's start, or the punctuation that ends a marker.
        let beforeRun: FlankingClass = lineStart == .none ? .punctuation : .space
        // Escaping can make an opener able to close, which may call for other characters.
        var marks: [Unicode.Scalar] = []
        repeat {
            marks = atoms.emphases.map(\.mark)
            atoms.chooseDelimiters(beforeRun: beforeRun)
            atoms.separateDelimiters()
        } while atoms.emphases.map(\.mark) != marks
        return atoms.rendered()
    }
}

/// One character or piece of syntax of a written run of inlines.
enum InlineAtom {
    /// Written as it is or backslash-escaped, as its neighbours decide.
    case character(Unicode.Scalar)
    case escaped(Unicode.Scalar)
    /// A numeric character reference: the one way to write a space that libcmark would strip,
    /// or a letter beside a delimiter that must see punctuation.
    case reference(Unicode.Scalar)
    case syntax(String)
    /// A soft (`\n`) or hard (`\` and `\n`) line break.
    case lineEnd(String)
    /// The opening or closing run of `emphases[index]`.
    case delimiter(Int)
}

struct InlineAtoms {
    struct Emphasis {
        var opener: Int
        var closer: Int
        var width: Int
        var mark: Unicode.Scalar = "*"
        /// Inside an emphasis of the same mark and width, which only `separateDelimiters` can keep apart.
        var isInsideTwin = false
    }

    let escapesPipes: Bool
    var atoms: [InlineAtom] = []
    var emphases: [Emphasis] = []

    init(escapesPipes: Bool) {
        self.escapesPipes = escapesPipes
    }

    mutating func append(_ inlines: [Inline], isOneLine: Bool) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                // A line end inside a text node (from `&#10;`) must not end the Markdown line.
                atoms += text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? .reference($0) : .character($0) }
            case .code(let code):
                // An empty code span has no syntax; libcmark never makes one.
                if !code.isEmpty { atoms.append(.syntax(LinkSyntax.codeSpan(code))) }
            case .emphasis(let children):
                appendEmphasis(children, width: 1, isOneLine: isOneLine)
            case .strong(let children):
                appendEmphasis(children, width: 2, isOneLine: isOneLine)
            case .link(let url, let title, let children):
                if let autolink = LinkSyntax.autolink(url: url, title: title, text: children) {
                    atoms.append(.syntax(autolink))
                } else {
                    atoms.append(.syntax("["))
                    append(children, isOneLine: isOneLine)
                    atoms.append(.syntax("](" + LinkSyntax.target(url: url, title: title, escapesPipes: escapesPipes) + ")"))
                }
            case .image(let url, let title, let description):
                atoms.append(.syntax("!["))
                append(description, isOneLine: isOneLine)
                atoms.append(.syntax("](" + LinkSyntax.target(url: url, title: title, escapesPipes: escapesPipes) + ")"))
            case .softBreak:
                atoms.append(isOneLine ? .character(" ") : .lineEnd("\n"))
            case .lineBreak:
                atoms.append(isOneLine ? .character(" ") : .lineEnd("\\\n"))
            case .rawHTML(let html):
                atoms.append(.syntax(html))
            case .inserted(let children), .deleted(let children):
                // Gazette finds these itself when it compares a comparison's columns.
                append(children, isOneLine: isOneLine)
            }
        }
    }

    /// Emphasis around nothing cannot be written (`**` is two asterisks), and shows nothing.
    private mutating func appendEmphasis(_ children: [Inline], width: Int, isOneLine: Bool) {
        let index = emphases.count
        emphases.append(Emphasis(opener: atoms.count, closer: atoms.count, width: width))
        atoms.append(.delimiter(index))
        append(children, isOneLine: isOneLine)
        if case .delimiter(index) = atoms[atoms.count - 1] {
            atoms.removeLast()
            emphases.removeLast()
            return
        }
        emphases[index].closer = atoms.count
        atoms.append(.delimiter(index))
    }

    mutating func dropTrailingBreaks() {
        while case .lineEnd? = atoms.last { atoms.removeLast() }
    }

    func rendered() -> String {
        var text = ""
        for index in atoms.indices {
            switch atoms[index] {
            case .character(let scalar): text += escaping(scalar, at: index)
            case .escaped(let scalar): text += "\\" + String(scalar)
            case .reference(let scalar): text += "&#\(scalar.value);"
            case .syntax(let syntax), .lineEnd(let syntax): text += syntax
            case .delimiter(let index):
                text += String(repeating: String(emphases[index].mark), count: emphases[index].width)
            }
        }
        return text
    }
}
