/// One `<Record>` of the Executive Yuan Gazette's open data, its fields as the source names them.
public struct EYRecord: Sendable, Hashable {
    public var fields: [String: String]

    public init(fields: [String: String]) {
        self.fields = fields
    }

    public subscript(_ name: String) -> String {
        fields[name] ?? ""
    }

    public var metaId: String { self["MetaId"] }

    /// A field that joint orders write as a `;`-separated list, without its empty parts.
    public func list(_ name: String) -> [String] {
        self[name].split(separator: ";").map { EYText.trimmed(String($0)) }.filter { !$0.isEmpty }
    }
}

enum EYText {
    /// Without the spaces, tabs and line ends around a value.
    static func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{3000}" }
        guard let start = text.firstIndex(where: { !isSpace($0) }),
              let end = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[start...end])
    }
}
