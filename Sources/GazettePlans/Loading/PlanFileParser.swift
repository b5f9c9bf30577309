import GazetteContent
import Yams

/// Reads plan.yml with every problem reported at the editor's line and column.
struct PlanFileParser {
    static let fields = ["title", "roc-year", "agency", "unit", "currency", "crosswalk", "programs"]
    static let crosswalkFields = ["budget-source", "total", "items"]
    static let crosswalkItemFields = ["code", "label", "name", "amount", "notes"]
    static let programFields = ["code", "label", "name", "amount", "notes", "goals"]
    static let goalFields = ["label", "text", "points"]

    let path: String
    let text: String
    private let lines: [Substring]

    init(path: String, text: String) {
        self.path = path
        self.text = text
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func parse() -> (PlanFile?, [Diagnostic]) {
        var reader: FieldReader
        switch YAMLText(path: path, text: text).fields(describedAs: "plan.yml") {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let fields): reader = fields
        }
        reader.rejectUnknownKeys(allowed: Self.fields)
        let title = reader.string("title", required: true, in: "plan.yml")
        let rocYear = readRocYear(&reader)
        let agency = reader.string("agency", required: true, in: "plan.yml")
        let unit = readUnit(&reader)
        let currency = readCurrency(&reader)

        var budgetSource = "主要預算"
        var total: Int?
        var totalAt = reader.location
        var crosswalk: [ReadItem] = []
        if var table = reader.mapping("crosswalk", required: true, in: "plan.yml") {
            table.rejectUnknownKeys(allowed: Self.crosswalkFields)
            budgetSource = table.string("budget-source", required: false, in: "crosswalk") ?? budgetSource
            total = table.amount("total", required: true, in: "crosswalk")
            totalAt = table.location(of: "total")
            crosswalk = items(in: &table, key: "items", container: "crosswalk", fields: Self.crosswalkItemFields, tableName: "crosswalk")
            reader.absorb(table)
        }
        let programs = items(in: &reader, key: "programs", container: "plan.yml", fields: Self.programFields, tableName: "program table")
        guard let title, let rocYear, let agency, let unit, let currency, let total, !reader.diagnostics.hasErrors else {
            return (nil, reader.diagnostics)
        }
        let file = PlanFile(title: title, rocYear: rocYear, agency: agency, unit: unit, currency: currency, budgetSource: budgetSource,
                            total: total, totalAt: totalAt, rocYearAt: reader.location(of: "roc-year"),
                            agencyAt: reader.location(of: "agency"), crosswalk: crosswalk, programs: programs)
        return (file, reader.diagnostics)
    }

    private func readRocYear(_ reader: inout FieldReader) -> Int? {
        guard let text = reader.string("roc-year", required: true, in: "plan.yml") else { return nil }
        guard let year = PlanFolders.rocYear(text) else {
            reader.report(.invalidRocYear(text), at: reader.location(of: "roc-year"))
            return nil
        }
        return year
    }

    private func readUnit(_ reader: inout FieldReader) -> AmountUnit? {
        guard let text = reader.string("unit", required: true, in: "plan.yml") else { return nil }
        guard let unit = AmountUnit(rawValue: text) else {
            reader.report(.invalidUnit(text), at: reader.location(of: "unit"))
            return nil
        }
        return unit
    }

    private func readCurrency(_ reader: inout FieldReader) -> String? {
        guard let text = reader.string("currency", required: true, in: "plan.yml") else { return nil }
        guard text.utf8.count == 3, text.utf8.allSatisfy({ (65...90).contains($0) }) else {
            reader.report(.invalidCurrency(text), at: reader.location(of: "currency"))
            return nil
        }
        return text
    }

    private func items(in reader: inout FieldReader, key: String, container: String, fields: [String], tableName: String) -> [ReadItem] {
        var result: [ReadItem] = []
        let entries = reader.mappingList(key, required: true, in: container)
        if entries.isEmpty, reader.node(key) != nil, !reader.diagnostics.hasErrors {
            reader.report(.emptyTable(tableName), at: reader.location(of: key))
        }
        for var entry in entries {
            entry.rejectUnknownKeys(allowed: fields)
            let what = "each item of \(key)"
            let code = entry.code(in: what)
            let label = entry.string("label", required: false, in: what)
            let name = entry.string("name", required: true, in: what)
            let amount = entry.amount("amount", required: false, in: what)
            let notes = entry.string("notes", required: false, in: what)
            let goals = fields.contains("goals") ? self.goals(in: &entry) : []
            let position = ItemPosition(item: entry.location(of: "code"),
                                        amount: entry.node("amount") == nil ? nil : entry.location(of: "amount"))
            reader.absorb(entry)
            if let code, let name {
                result.append(ReadItem(item: PlanItem(code: code, label: label, name: name, amount: amount, notes: notes, goals: goals),
                                       position: position))
            }
        }
        return result
    }

    private func goals(in item: inout FieldReader) -> [Goal] {
        var goals: [Goal] = []
        for var entry in item.mappingList("goals", required: false, in: "a program") {
            entry.rejectUnknownKeys(allowed: Self.goalFields)
            let label = entry.string("label", required: false, in: "each goal")
            let text = entry.string("text", required: true, in: "each goal")
            let points = self.points(in: &entry)
            item.absorb(entry)
            if let text, let points { goals.append(Goal(label: label, text: text, points: points)) }
        }
        return goals
    }

    /// The 實施要領 Markdown; its problems are reported at the file's own line and column,
    /// which for a block scalar (`points: |`) start on the line after the `|`.
    private func points(in goal: inout FieldReader) -> ImplementationPoints? {
        guard let value = goal.node("points") else {
            goal.report(.missingField("points", in: "each goal"), at: goal.location)
            return nil
        }
        let at = goal.location(of: "points")
        guard case .scalar(let scalar) = value else {
            goal.report(.wrongType(field: "points", expected: "Markdown text in a block ('points: |')"), at: at)
            return nil
        }
        if scalar.style == .folded {
            goal.report(.foldedPoints, at: at)
            return nil
        }
        let (points, findings) = PointsMarkdown(markdown: scalar.string, what: "points", allowsParagraph: true).read()
        let isBlock = scalar.style == .literal
        let indent = isBlock ? blockIndent(after: at.line) : 0
        for finding in findings {
            let location = isBlock
                ? SourceLocation(path: path, line: at.line + finding.line, column: indent + finding.column)
                : at
            goal.report(finding.problem, at: location)
        }
        return points
    }

    /// The indentation of a block scalar's content: that of its first non-blank line.
    private func blockIndent(after line: Int) -> Int {
        for content in lines.dropFirst(line) where content.contains(where: { $0 != " " }) {
            return content.prefix { $0 == " " }.count
        }
        return 0
    }
}
