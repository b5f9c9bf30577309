import GazetteDocument

/// The text of one paragraph as a browser shows it: HTML white space folded to one space, and a
/// line end between two Chinese characters dropped, since Word wraps its export mid-sentence.
struct ParagraphText {
    /// Inside `<pre>`, line ends are the author's and become line breaks.
    var preservesLines = false
    private var inlines: [Inline] = []
    private var pending = ""

    mutating func append(_ text: String) {
        pending += text
    }

    mutating func breakLine() {
        flush()
        inlines.append(.lineBreak)
    }

    mutating func appendLink(url: String, text: [Inline]) {
        let text = Self.normalized(text)
        guard !text.isEmpty else { return }
        flush()
        inlines.append(.link(url: url, title: "", text))
    }

    /// The paragraph's inlines, trimmed as CommonMark trims lines; empty when it shows nothing.
    mutating func finish() -> [Inline] {
        flush()
        defer { inlines = [] }
        return Self.normalized(inlines)
    }

    /// Adjacent texts merged, each line trimmed, and lines that show nothing left out.
    static func normalized(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for line in lines(of: inlines) where !line.isEmpty {
            if !result.isEmpty { result.append(.lineBreak) }
            result += line
        }
        return result
    }

    /// Inlines on one line, adjacent texts merged and outer spaces trimmed, as a cell holds them.
    static func merged(_ inlines: [Inline]) -> [Inline] {
        lines(of: inlines).first ?? []
    }

    private mutating func flush() {
        guard !pending.isEmpty else { return }
        if preservesLines {
            let lines = pending.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                if index > 0 { inlines.append(.lineBreak) }
                inlines.append(.text(Self.folded(String(line))))
            }
        } else {
            inlines.append(.text(Self.folded(pending)))
        }
        pending = ""
    }

    /// The inlines between line breaks, each line's texts merged and its outer spaces trimmed;
    /// a line that shows nothing but spaces is empty.
    private static func lines(of inlines: [Inline]) -> [[Inline]] {
        var lines: [[Inline]] = []
        var line: [Inline] = []
        var run = ""
        func endRun() {
            if !run.isEmpty { line.append(.text(run)) }
            run = ""
        }
        for inline in inlines {
            switch inline {
            case .lineBreak:
                endRun()
                lines.append(line)
                line = []
            case .text(let text):
                // One space where a space ends one text and starts the next, as in HTML.
                if run.utf8.last == UInt8(ascii: " "), text.utf8.first == UInt8(ascii: " ") {
                    run += text.dropFirst()
                } else {
                    run += text
                }
            default:
                endRun()
                line.append(inline)
            }
        }
        endRun()
        lines.append(line)
        return lines.map(trimmed)
    }

    private static func trimmed(_ line: [Inline]) -> [Inline] {
        var line = line
        if case .text(let text)? = line.first, text.utf8.first == UInt8(ascii: " ") {
            let trimmed = String(text.unicodeScalars.drop { $0 == " " })
            if trimmed.isEmpty { line.removeFirst() } else { line[0] = .text(trimmed) }
        }
        if case .text(let text)? = line.last, text.utf8.last == UInt8(ascii: " ") {
            let scalars = text.unicodeScalars
            let end = scalars.lastIndex { $0 != " " }.map { scalars.index(after: $0) } ?? scalars.startIndex
            let trimmed = String(scalars[..<end])
            if trimmed.isEmpty { line.removeLast() } else { line[line.count - 1] = .text(trimmed) }
        }
        let shows = line.contains { inline in
            if case .text(let text) = inline { return !text.unicodeScalars.allSatisfy(isBlank) }
            return true
        }
        return shows ? line : []
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{3000}"
    }

    static func folded(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var run: (hasLineEnd: Bool, active: Bool) = (false, false)
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\t", "\u{0C}":
                run.active = true
            case "\n", "\r":
                run = (true, true)
            default:
                if run.active {
                    let joinsChinese = run.hasLineEnd && previous.map { !$0.isASCII } == true && !scalar.isASCII
                    if !joinsChinese { result.unicodeScalars.append(" ") }
                    run = (false, false)
                }
                result.unicodeScalars.append(scalar)
                previous = scalar
            }
        }
        if run.active { result.unicodeScalars.append(" ") }
        return result
    }
}
