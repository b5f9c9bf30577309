import GazetteSite

/// One notice as the search index sees it. Documents are numbered in ranking order (newest
/// first), so a sorted list of numbers is already a ranked list of results.
public struct SearchDocument: Sendable, Hashable {
    public var url: String
    public var title: String
    public var number: String
    public var dateROC: String
    public var agency: String
    public var category: String
    /// The body as plain text, what a match is verified against and the snippet taken from.
    public var text: String
    /// Where the notice stands in its legal life (已更正, 已廢止, the last day of comments), shown
    /// with the result and not searched.
    public var status: String

    public init(url: String, title: String, number: String, dateROC: String, agency: String, category: String, text: String,
                status: String = "") {
        self.url = url
        self.title = title
        self.number = number
        self.dateROC = dateROC
        self.agency = agency
        self.category = category
        self.text = text
        self.status = status
    }

    /// Title and document number are searched together and rank as title matches.
    public var heading: String { title + " " + number }

    /// The file the script fetches to verify a candidate and show it; escapes `<`, `>` and `&`.
    public var json: String {
        JSONValue.object(zip(Self.keys, fields).map { ($0, .string($1)) }).serialized
    }

    /// Reads back `json`: a patched index needs the text a document was indexed under last build.
    init?(json value: JSONValue) {
        guard case .object(let members) = value, members.map(\.0) == Self.keys else { return nil }
        let fields = members.compactMap { member -> String? in
            if case .string(let text) = member.1 { text } else { nil }
        }
        guard fields.count == Self.keys.count else { return nil }
        self.init(url: fields[0], title: fields[1], number: fields[2], dateROC: fields[3], agency: fields[4],
                  category: fields[5], text: fields[6], status: fields[7])
    }

    private static let keys = ["u", "t", "n", "d", "a", "c", "x", "s"]
    private var fields: [String] { [url, title, number, dateROC, agency, category, text, status] }
}
