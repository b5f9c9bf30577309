import GazetteDocument

/// A data table from CSV, for a roster too long to type as a pipe table (公示送達名冊 run to
/// thousands of rows):
///
///     ```csv
///     caption: 應受送達人名冊
///     file: files/roster.csv
///     ```
///
/// `file` names one of the notice's `attachments`, so the roster is also offered for download
/// and a change to it remakes the page. Without `file`, the CSV follows a `---` line in the
/// block itself. The first record is the header; every record must have as many fields.
enum CSVTableSyntax {
    static let keys = ["caption", "file"]

    static func block(literal: String, fenceLine: Int, column: Int, context: inout ReadingContext) -> [Block] {
        let lines = literal.split(separator: "\n", omittingEmptySubsequences: false)
        let header = BlockHeader(lines, keys: keys, what: "a csv table", fenceLine: fenceLine, column: column, context: &context)
        let caption = header.values["caption"].map { PipeTableSyntax.cellInlines($0, context: context) }
        let csv: String
        let source: String
        if let file = header.values["file"] {
            guard let text = context.attachment(file) else {
                context.report("csv table file '\(file)' is not one of this notice's attachments (or is not UTF-8 text); "
                               + "list it under 'attachments:' with a title and the same path, e.g. files/roster.csv",
                               line: fenceLine, column: column)
                return []
            }
            csv = text
            source = file
        } else {
            csv = lines.dropFirst(header.bodyStart).joined(separator: "\n")
            source = "the block"
        }
        switch CSVRecords.parse(csv) {
        case .failure(.unclosedQuote(let line)):
            context.report("a quoted field of \(source) opened on its line \(line) is never closed; end it with '\"' "
                           + "(write a quote inside a field as \"\")", line: fenceLine, column: column)
            return []
        case .success(let records):
            guard let header = records.first else {
                context.report("csv table \(source) is empty; its first line names the columns", line: fenceLine, column: column)
                return []
            }
            var rows: [[[Inline]]] = []
            for record in records.dropFirst() {
                if record.fields.count != header.fields.count {
                    context.report("line \(record.line) of \(source) has \(record.fields.count) fields but its header has "
                                   + "\(header.fields.count); quote a field that holds a comma", line: fenceLine, column: column)
                }
                rows.append((0..<header.fields.count).map { column in
                    column < record.fields.count ? text(record.fields[column]) : []
                })
            }
            return [.table(Table(caption: caption, alignments: header.fields.map { _ in .none },
                                 header: header.fields.map(text), rows: rows))]
        }
    }

    /// CSV holds data, not Markdown: a field is shown as written.
    private static func text(_ field: String) -> [Inline] {
        let trimmed = field.trimmingCharacters(in: " \t")
        return trimmed.isEmpty ? [] : [.text(trimmed)]
    }
}
