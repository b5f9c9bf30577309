/// The body's lines as written, for the constructs libcmark does not know: its nodes give the
/// lines a block spans, and the block's raw lines are read from here. Lines are found only when
/// a block first asks, over UTF-8 bytes: most bodies have no table, and splitting every body
/// into Characters was an eighth of a cold build.
final class SourceLines {
    private let text: String
    private var starts: [String.Index]?

    init(_ markdown: String) {
        text = markdown
    }

    private var lineStarts: [String.Index] {
        if let starts { return starts }
        var found = [text.startIndex]
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let newline = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
            index = utf8.index(after: newline)
            found.append(index)
        }
        starts = found
        return found
    }

    /// Line `number` (1-based) of a block whose content starts at `column`, less what its
    /// containers put before it: the indent of a list item, the `>` of a quote. On the block's
    /// first line that is everything before `column`, a list item's marker (`- `) included.
    func line(_ number: Int, contentColumn column: Int, isFirst: Bool = false) -> (text: Substring, column: Int) {
        let starts = lineStarts
        guard number >= 1, number <= starts.count else { return ("", column) }
        let end = number < starts.count ? text.utf8.index(before: starts[number]) : text.endIndex
        var line = text[starts[number - 1]..<end]
        if line.utf8.last == UInt8(ascii: "\r") { line = line.dropLast() }
        // libcmark's columns count bytes, and the first line's content starts at one.
        if isFirst, let start = line.utf8.index(line.startIndex, offsetBy: column - 1, limitedBy: line.endIndex) {
            return (line[start...], column)
        }
        var index = line.startIndex
        var skipped = 0
        while skipped < column - 1, index < line.endIndex, line[index] == " " || line[index] == ">" || line[index] == "\t" {
            index = line.index(after: index)
            skipped += 1
        }
        return (line[index...], skipped + 1)
    }
}
