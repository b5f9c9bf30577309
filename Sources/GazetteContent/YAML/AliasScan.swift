/// Finds a YAML anchor or alias (`&name`, `*name`) without parsing: libyaml's composer would
/// expand an alias bomb before anything could refuse it. Gazette's formats need neither.
enum AliasScan {
    /// The 1-based line and column of the first anchor or alias, if any.
    static func firstAnchorOrAlias(in text: String) -> (line: Int, column: Int)? {
        // Almost no front matter holds either character; splitting it into lines cost 3 % of a build.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return nil }
        var blockIndent: Int?
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            if let block = blockIndent {
                if indent > block || scalars.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
                blockIndent = nil
            }
            var quote: Unicode.Scalar?
            var previous: Unicode.Scalar?
            var lastSignificant: Unicode.Scalar?
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if let open = quote {
                    if open == "\"" && scalar == "\\" { index += 2; continue }
                    if scalar == open { quote = nil }
                } else if scalar == "#" && (previous == nil || previous == " " || previous == "\t") {
                    break
                } else if scalar == "\"" || scalar == "'" {
                    if previous == nil || previous == " " || previous == "\t" || "[{,".unicodeScalars.contains(previous!) {
                        quote = scalar
                    }
                } else if (scalar == "&" || scalar == "*") && startsNode(previous: previous, lastSignificant: lastSignificant) {
                    return (lineIndex + 1, index + 1)
                }
                if scalar != " " && scalar != "\t" { lastSignificant = scalar }
                previous = scalar
                index += 1
            }
            if let last = lastSignificant, quote == nil, last == "|" || last == ">" || isChompedBlockHeader(scalars) {
                blockIndent = indent
            }
        }
        return nil
    }

    /// `&` and `*` are indicators only where a node may start: at the start of a line, or after
    /// whitespace following `:`, `-`, `?`, or directly after a flow `[`, `{`, `,`.
    private static func startsNode(previous: Unicode.Scalar?, lastSignificant: Unicode.Scalar?) -> Bool {
        guard let previous else { return true }
        if "[{,".unicodeScalars.contains(previous) { return true }
        guard previous == " " || previous == "\t" else { return false }
        guard let lastSignificant else { return true }
        return ":-?[{,".unicodeScalars.contains(lastSignificant)
    }

    private static func isChompedBlockHeader(_ scalars: [Unicode.Scalar]) -> Bool {
        let trimmed = String(String.UnicodeScalarView(scalars)).trimmingWhitespace
        return trimmed.hasSuffix("|-") || trimmed.hasSuffix("|+") || trimmed.hasSuffix(">-") || trimmed.hasSuffix(">+")
    }
}
