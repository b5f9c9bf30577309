/// The records of a CSV text as RFC 4180 writes them: commas between fields, double quotes
/// around a field that holds a comma, a quote or a line end, `""` for a quote inside one. Lines
/// end in LF or CRLF; a UTF-8 byte order mark, as spreadsheets save one, is skipped.
enum CSVRecords {
    struct Record {
        var fields: [String]
        /// The line of the file the record starts on.
        var line: Int
    }

    enum Failure: Error {
        case unclosedQuote(line: Int)
    }

    static func parse(_ text: String) -> Result<[Record], Failure> {
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            afterQuote = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(fields: fields, line: recordLine)) }
            fields = []
            recordLine = line
        }
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        afterQuote = true
                        pending = next
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
            case ",":
                endField()
            case "\r":
                continue
            case "\n":
                line += 1
                endRecord()
            default:
                field.append(scalar)
            }
        }
        if quoted { return .failure(.unclosedQuote(line: recordLine)) }
        if !field.isEmpty || !fields.isEmpty || afterQuote { endRecord() }
        return .success(records)
    }
}
