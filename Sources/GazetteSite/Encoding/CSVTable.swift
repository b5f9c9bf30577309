/// CSV as spreadsheet software in zh-TW opens it: UTF-8 with a byte-order mark, CRLF rows,
/// every field quoted, and cells that a spreadsheet would run as a formula neutralised.
public struct CSVTable: Sendable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    public var serialized: String {
        var output = "\u{FEFF}"
        for row in [header] + rows {
            output += row.map(Self.field).joined(separator: ",")
            output += "\r\n"
        }
        return output
    }

    static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        guard text.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + text + "\"" }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
