import GazetteDocument

/// The literal parts of inline syntax: code spans, link targets and titles, autolinks.
enum LinkSyntax {
    /// Delimited by the shortest backtick run that does not occur inside, padded with a space
    /// where libcmark would otherwise take a backtick or strip a space.
    static func codeSpan(_ code: String) -> String {
        // libcmark reads the line ends of a code span as spaces; one written as is would end the line.
        let code = String(code.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
        let runs = Set(backtickRuns(in: code))
        let fence = String(repeating: "`", count: (1...).first { !runs.contains($0) }!)
        let isPadded = code.hasPrefix("`") || code.hasSuffix("`")
            || (code.hasPrefix(" ") && code.hasSuffix(" ") && code.contains { $0 != " " })
        return isPadded ? fence + " " + code + " " + fence : fence + code + fence
    }

    static func backtickRuns(in text: String) -> [Int] {
        var runs: [Int] = []
        var run = 0
        for character in text {
            if character == "`" {
                run += 1
            } else if run > 0 {
                runs.append(run)
                run = 0
            }
        }
        if run > 0 { runs.append(run) }
        return runs
    }

    /// `<https://www.kcg.gov.tw/>` for a link whose text is its address, as editors type it.
    static func autolink(url: String, title: String, text: [Inline]) -> String? {
        // An autolink is not unescaped, but its character references are decoded.
        guard title.isEmpty, text == [.text(url)], isAbsoluteURI(url), !containsReference(url) else { return nil }
        return "<" + url + ">"
    }

    /// CommonMark's absolute URI: a scheme of 2 to 32 characters, a colon, then no space,
    /// control character, `<` or `>`.
    private static func isAbsoluteURI(_ url: String) -> Bool {
        let scalars = Array(url.unicodeScalars)
        guard let colon = scalars.firstIndex(of: ":"), (2...32).contains(colon), scalars[0].properties.isAlphabetic,
              scalars[0].isASCII else { return false }
        let schemeIsValid = scalars[..<colon].allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+.-".unicodeScalars.contains($0)) }
        return schemeIsValid && scalars[(colon + 1)...].allSatisfy { $0.value > 0x20 && $0.value != 0x7F && $0 != "<" && $0 != ">" }
    }

    /// What goes between the parentheses of `[text](…)`: the address, bare or in `<…>` when it
    /// holds spaces or control characters or is empty before a title (`( "t")` would make the
    /// title the address), then the title in quotes.
    static func target(url: String, title: String, escapesPipes: Bool) -> String {
        guard !url.isEmpty || !title.isEmpty else { return "" }
        let pipe: Set<Unicode.Scalar> = escapesPipes ? ["|"] : []
        let isBare = !url.isEmpty && !url.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F }
        let destination = isBare
            ? literal(url, escaping: pipe.union(["(", ")", "<"]))
            : "<" + literal(url, escaping: pipe.union(["<", ">"])) + ">"
        return title.isEmpty ? destination : destination + " \"" + literal(title, escaping: pipe.union(["\""])) + "\""
    }

    /// Text that libcmark decodes and then unescapes but does not parse further (link targets
    /// and titles, info strings). Since references are decoded first, `\&` would not keep
    /// `&amp;` from decoding: `&` is written `&amp;`. Line ends, which would end the line, and
    /// spaces at either end, which are trimmed, are written as references; so is a backslash at
    /// the end, which before a title's closing quote could be read as escaping it.
    static func literal(_ text: String, escaping special: Set<Unicode.Scalar>) -> String {
        let scalars = Array(text.unicodeScalars)
        var written = ""
        for (index, scalar) in scalars.enumerated() {
            let isEnd = index == 0 || index == scalars.count - 1
            switch scalar {
            case "\n", "\r":
                written += "&#\(scalar.value);"
            case " " where isEnd, "\t" where isEnd, "\\" where index == scalars.count - 1:
                written += "&#\(scalar.value);"
            case "\\":
                written += "\\\\"
            case "&" where beginsReference(scalars[(index + 1)...].lazy.map(Optional.some)):
                written += "&amp;"
            default:
                written += special.contains(scalar) ? "\\" + String(scalar) : String(scalar)
            }
        }
        return written
    }

    /// Whether `&` followed by these characters reads as a character reference (`&#…`,
    /// `&name;`); nil stands for anything that is not a plain character.
    static func beginsReference(_ following: some Sequence<Unicode.Scalar?>) -> Bool {
        var iterator = following.makeIterator()
        var next = iterator.next() ?? nil
        if next == "#" { return true }
        var length = 0
        while let scalar = next, scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            length += 1
            next = iterator.next() ?? nil
        }
        return length > 0 && next == ";"
    }

    private static func containsReference(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.contains { scalars[$0] == "&" && beginsReference(scalars[($0 + 1)...].lazy.map(Optional.some)) }
    }
}
