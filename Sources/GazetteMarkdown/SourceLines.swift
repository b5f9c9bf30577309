/// The body's lines as written, for the constructs libcmark does not know: its nodes give the
/// lines a block spans, and the block's raw lines are read from here.
struct SourceLines {
    private let lines: [Substring]

    init(_ markdown: String) {
        lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
    }

    /// Line `number` (1-based) of a block whose content starts at `column`, less what its
    /// containers put before it: the indent of a list item, the `>` of a quote.
    func line(_ number: Int, contentColumn column: Int) -> (text: Substring, column: Int) {
        guard number >= 1, number <= lines.count else { return ("", column) }
        let line = lines[number - 1]
        var index = line.startIndex
        var skipped = 0
        while skipped < column - 1, index < line.endIndex, line[index] == " " || line[index] == ">" || line[index] == "\t" {
            index = line.index(after: index)
            skipped += 1
        }
        return (line[index...], skipped + 1)
    }
}
