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

    public init(url: String, title: String, number: String, dateROC: String, agency: String, category: String, text: String) {
        self.url = url
        self.title = title
        self.number = number
        self.dateROC = dateROC
        self.agency = agency
        self.category = category
        self.text = text
    }

    /// Title and document number are searched together and rank as title matches.
    public var heading: String { title + " " + number }

    /// The file the script fetches to verify a candidate and show it; escapes `<`, `>` and `&`.
    public var json: String {
        JSONValue.object([
            ("u", .string(url)), ("t", .string(title)), ("n", .string(number)), ("d", .string(dateROC)),
            ("a", .string(agency)), ("c", .string(category)), ("x", .string(text)),
        ]).serialized
    }
}
