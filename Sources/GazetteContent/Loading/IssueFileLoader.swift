/// Reads `gazette/<slug>/issue.yml`.
enum IssueFileLoader {
    static let fields = ["title", "date"]

    static func load(_ text: YAMLText, slug: String) -> (Issue?, [Diagnostic]) {
        var reader: FieldReader
        switch text.fields(describedAs: "issue.yml") {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let fields): reader = fields
        }
        reader.rejectUnknownKeys(allowed: fields)
        let title = reader.string("title", required: true, in: "issue.yml")
        let date = reader.date("date", required: true, in: "issue.yml")
        guard let title, let date else { return (nil, reader.diagnostics) }
        return (Issue(slug: slug, title: title, date: date, sourcePath: text.path), reader.diagnostics)
    }
}
