/// The escapes of text characters. Most punctuation means something only at the start of a
/// line (`#`, `-`, `1.`, `>`), so it is escaped only there, and Chinese prose with web
/// addresses (`http://www.sfb.gov.tw/a_b`) stays as typed; what means something anywhere is
/// always escaped.
extension InlineAtoms {
    /// Escapes what the start and the end of each line would otherwise turn into block syntax
    /// or lose: libcmark strips spaces at both ends of a line.
    mutating func escapeLineEdges(firstLine: InlineWriter.LineStart) {
        var start: Int? = firstLine == .none ? nil : 0
        var blockStart = firstLine == .block
        for index in atoms.indices {
            if index == start { escapeLineStart(at: index, blocks: blockStart) }
            let endsLine: Bool
            switch atoms[safe: index + 1] {
            case nil, .lineEnd("\n")?: endsLine = true
            default: endsLine = false
            }
            if endsLine, case .character(let scalar) = atoms[index], scalar == " " || scalar == "\t" {
                atoms[index] = .reference(scalar)
            }
            if case .lineEnd = atoms[index] {
                start = index + 1
                blockStart = true
            }
        }
    }

    private mutating func escapeLineStart(at start: Int, blocks: Bool) {
        guard case .character(let first) = atoms[start] else { return }
        if first == " " || first == "\t" {
            atoms[start] = .reference(first)
            return
        }
        guard blocks else { return }
        let next = scalar(at: start + 1)
        switch first {
        case "#", ">":
            atoms[start] = .escaped(first)
        case "-", "=", "+":
            // A bullet (`- `), a setext underline or thematic break (`---`, `===`, `- - -`).
            if next == nil || next == " " || next == "\t" || (first != "+" && next == first) {
                atoms[start] = .escaped(first)
            }
        case "T":
            // `Table: …` directly above a table's header row would be its caption.
            if Self.captionPrefix.indices.allSatisfy({ scalar(at: start + $0) == Self.captionPrefix[$0] }) {
                atoms[start] = .reference(first)
            }
        case "0"..."9":
            // An ordered list item: up to nine digits, `.` or `)`, then a space or the line's end.
            var index = start
            while let digit = scalar(at: index), ("0"..."9").contains(digit), index - start < 9 { index += 1 }
            guard let mark = scalar(at: index), mark == "." || mark == ")" else { return }
            let after = scalar(at: index + 1)
            if after == nil || after == " " || after == "\t" { atoms[index] = .escaped(mark) }
        default:
            break
        }
    }

    private static let captionPrefix = Array(PipeTableSyntax.captionPrefix.unicodeScalars)

    /// The character at `index` if it is one still written as typed; nil for anything else,
    /// which the line-start rules take as the end of the line (escaping one more is harmless).
    func scalar(at index: Int) -> Unicode.Scalar? {
        if case .character(let scalar)? = atoms[safe: index] { return scalar }
        return nil
    }

    /// A character written where nothing about its line calls for more.
    func escaping(_ scalar: Unicode.Scalar, at index: Int) -> String {
        switch scalar {
        case "\\", "`", "*", "[", "]", "<", "~":
            return "\\" + String(scalar)
        case "|":
            return escapesPipes ? "\\|" : "|"
        case "_":
            // Between two letters or digits `_` can neither open nor close emphasis (snake_case).
            let isInsideWord = [index - 1, index + 1].allSatisfy { self.scalar(at: $0).map { FlankingClass($0) == .word } ?? false }
            return isInsideWord ? "_" : "\\_"
        case "&":
            return LinkSyntax.beginsReference(((index + 1)...).lazy.map { self.scalar(at: $0) }) ? "\\&" : "&"
        case "!":
            if case .syntax(let syntax)? = atoms[safe: index + 1], syntax.hasPrefix("[") { return "\\!" }
            return "!"
        default:
            return String(scalar)
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
