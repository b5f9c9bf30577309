/// A value of the front matter or site.yml the importer writes, in the forms the content format
/// documents: every string double-quoted, so that no text from a record is read as YAML syntax.
indirect enum YAMLValue: Sendable {
    case string(String)
    /// Dates and booleans, written bare as the content format reads them.
    case bare(String)
    case list([String])
    /// A block list of mappings, such as `signers`.
    case entries([[(String, YAMLValue)]])
    /// An indented mapping, such as `source`.
    case mapping([(String, YAMLValue)])
}

enum YAMLWriter {
    static func write(_ fields: [(String, YAMLValue)], indent: String = "") -> String {
        var text = ""
        for (key, value) in fields {
            switch value {
            case .string(let string):
                text += "\(indent)\(key): \(quoted(string))\n"
            case .bare(let bare):
                text += "\(indent)\(key): \(bare)\n"
            case .list(let items):
                text += "\(indent)\(key): [\(items.map(quoted).joined(separator: ", "))]\n"
            case .entries(let entries):
                text += "\(indent)\(key):\n"
                for entry in entries {
                    let lines = write(entry, indent: indent + "    ")
                    text += indent + "  - " + lines.dropFirst(indent.count + 4)
                }
            case .mapping(let mapping):
                text += "\(indent)\(key):\n" + write(mapping, indent: indent + "  ")
            }
        }
        return text
    }

    /// YAML's double-quoted form: `\` and `"` escaped, and every control or line-separating
    /// character written as an escape, so the value is one line and reads back unchanged.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            case "\u{FEFF}": result += "\\uFEFF"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
