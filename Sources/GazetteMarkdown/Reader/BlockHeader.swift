/// The `key: value` lines that open a fenced Gazette block (` ```comparison `, ` ```csv `), up
/// to its first `---` line; an unknown key or a line without a colon is reported at its line.
struct BlockHeader {
    var values: [String: String] = [:]
    /// The first line after the `---`, or the end of the block when it has none.
    var bodyStart: Int

    /// `what` names the block in messages: "a comparison table".
    init(_ lines: [Substring], keys: [String], what: String, fenceLine: Int, column: Int, context: inout ReadingContext) {
        var index = 0
        // Line i of the literal is line fenceLine + 1 + i of the body.
        while index < lines.count, lines[index].trimmingCharacters(in: " \t\r") != "---" {
            let line = lines[index].trimmingCharacters(in: " \t\r")
            defer { index += 1 }
            guard !line.isEmpty else { continue }
            guard let colon = line.firstIndex(of: ":") else {
                context.report("expected 'key: value' before the first '---' of \(what); valid keys are: \(keys.joined(separator: ", "))",
                               line: fenceLine + 1 + index, column: column)
                continue
            }
            let key = line[..<colon].trimmingCharacters(in: " \t")
            guard keys.contains(key) else {
                context.report("unknown key '\(key)' in \(what); valid keys are: \(keys.joined(separator: ", "))",
                               line: fenceLine + 1 + index, column: column)
                continue
            }
            values[key] = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
        }
        bodyStart = index + 1
    }
}
