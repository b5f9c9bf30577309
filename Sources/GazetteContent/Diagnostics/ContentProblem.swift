/// Everything that can be wrong with the input, each with what would be right.
public enum ContentProblem: Error, Sendable, Hashable {
    case notUTF8
    case missingFrontMatter
    case unclosedFrontMatter
    case malformedYAML(String)
    case notAMapping(what: String)
    case missingField(String, in: String)
    case unknownField(String, valid: [String])
    case wrongType(field: String, expected: String)
    case emptyValue(field: String)
    case invalidDate(String)
    case invalidSlug(String, what: String)
    case unknownCategory(String, valid: [String])
    case unknownAgency(String, valid: [String])
    case duplicateSlug(String, what: String, first: SourceLocation)
    /// `inOtherNotice`: the number is an earlier notice's, which a re-publication may repeat.
    case duplicateNumber(String, first: SourceLocation, inOtherNotice: Bool)
    case republicationWithoutNumber
    case republicationOfUnusedNumbers([String])
    case forbiddenCharacters(field: String, value: String)
    case attachmentMissing(String)
    case attachmentEscapesIssue(String)
    case missingFile(String)
    case invalidURL(String)
    case yamlAliasesNotAllowed
    case templateSyntax(String)
    case unknownRegulation(String, valid: [String])
    case retroactiveWithoutEffective
    case citationInsideSite
    case countingWithoutDays
    case commentPeriodWithoutLength
    case commentPeriodWithTwoLengths
    case unknownReference(String, field: String)
    case outsideReferenceInSite(String, at: SourceLocation)
    case referenceToItself(field: String)
    case referenceToLaterNotice(field: String, number: String, date: CivilDate, own: CivilDate)
    case correctionCycle([String])
    case changeOfRepealedRegulation(number: String, date: CivilDate, at: SourceLocation)
    case commentDeadlineBeforePublication(CivilDate, publication: CivilDate)
    case effectiveBeforeDate(CivilDate, date: CivilDate)
    /// The national metadata rule's elements that pages would lack, and what to add where.
    case metadataGap(elements: [String], pages: String, fix: String)
    case custom(String)

    public var message: String {
        switch self {
        case .notUTF8:
            return "file is not valid UTF-8; save it as UTF-8 (Unicode), not Big5 or another legacy encoding"
        case .missingFrontMatter:
            return "missing front matter: a notice starts with a line '---', then its YAML fields, then a closing '---'"
        case .unclosedFrontMatter:
            return "front matter opened here is never closed; add a line '---' after the last field"
        case .malformedYAML(let detail):
            return "malformed YAML: \(detail)"
        case .notAMapping(let what):
            return "\(what) must be a YAML mapping of 'key: value' lines"
        case .missingField(let field, let container):
            return "missing required field '\(field)' in \(container)"
        case .unknownField(let field, let valid):
            return "unknown field '\(field)'; valid fields are: \(valid.joined(separator: ", "))"
        case .wrongType(let field, let expected):
            return "'\(field)' must be \(expected)"
        case .emptyValue(let field):
            return "'\(field)' must not be empty"
        case .invalidDate(let text):
            return "invalid date '\(text)'; write a real calendar date as YYYY-MM-DD, e.g. 2021-03-05"
        case .invalidSlug(let text, let what):
            return "\(what) '\(text)' is not a valid slug; use lowercase ASCII letters, digits and '-', e.g. 'venue-rules'"
        case .unknownCategory(let slug, let valid):
            return "unknown category '\(slug)'; valid categories (site.yml): \(valid.joined(separator: ", "))"
        case .unknownAgency(let slug, let valid):
            return "unknown agency '\(slug)'; valid agencies (site.yml): \(valid.joined(separator: ", "))"
        case .duplicateSlug(let slug, let what, let first):
            return "duplicate \(what) '\(slug)'; first defined at \(first)"
        case .duplicateNumber(let number, let first, let inOtherNotice):
            let message = "duplicate document number '\(number)'; already used at \(first); each 發文字號 must be unique in the site"
            return inOtherNotice ? message + ", unless this notice publishes that document again: then add 'republication: true'" : message
        case .republicationWithoutNumber:
            return "'republication: true' needs the document number the document was first published under; add 'number', or remove 'republication'"
        case .republicationOfUnusedNumbers(let numbers):
            let listed = numbers.map { "'\($0)'" }.joined(separator: ", ")
            return "'republication: true' but no earlier notice has the document number\(numbers.count == 1 ? "" : "s") \(listed); "
                + "a re-publication repeats the number of a notice published before it (in an earlier issue, or before it in the same issue); "
                + "correct 'number', or remove 'republication'"
        case .forbiddenCharacters(let field, let value):
            return "'\(field)' value '\(value)' contains '/', '\\', a control character or is '.' or '..'; it becomes part of a URL, remove those characters"
        case .attachmentMissing(let path):
            return "attachment file '\(path)' does not exist; put it in the issue's files/ folder or correct the path"
        case .attachmentEscapesIssue(let path):
            return "attachment path '\(path)' points outside the issue folder; use a relative path such as files/name.pdf"
        case .missingFile(let path):
            return "required file '\(path)' is missing"
        case .invalidURL(let text):
            return "'\(text)' is not an absolute http(s) URL; write it like https://gazette.example.gov.tw/"
        case .yamlAliasesNotAllowed:
            return "YAML anchors and aliases (&name, *name) are not allowed here; write each value out"
        case .templateSyntax(let detail):
            return "template syntax error: \(detail)"
        case .unknownRegulation(let slug, let valid):
            let listed = valid.isEmpty ? "site.yml lists none; add it under 'regulations' with its slug and name"
                : "valid regulations (site.yml): \(valid.joined(separator: ", "))"
            return "unknown regulation '\(slug)'; \(listed)"
        case .retroactiveWithoutEffective:
            return "'retroactive: true' needs the date the notice takes effect; add 'effective: YYYY-MM-DD', or remove 'retroactive'"
        case .citationInsideSite:
            return "'citation' is for a notice outside the site; add 'outside: true', or remove 'citation' and the notice is linked"
        case .countingWithoutDays:
            return "'counting' applies to 'days'; a period with 'until' ends on that date, so remove 'counting'"
        case .commentPeriodWithoutLength:
            return "'comments' needs the period: 'until: YYYY-MM-DD', or 'days: N' counted from publication (e.g. days: 14)"
        case .commentPeriodWithTwoLengths:
            return "'comments' has both 'until' and 'days'; keep the one the notice states"
        case .unknownReference(let number, let field):
            return "'\(field)' names document number '\(number)', which no notice of the site has; correct the number, or, "
                + "for a notice published before the site, write {number: \"\(number)\", outside: true, citation: \"...\"}"
        case .outsideReferenceInSite(let number, let location):
            return "'\(number)' is marked 'outside: true' but is the number of the notice at \(location); remove 'outside' and 'citation'"
        case .referenceToItself(let field):
            return "'\(field)' names this notice's own document number; a notice cannot \(Self.verb(field)) itself"
        case .referenceToLaterNotice(let field, let number, let date, let own):
            return "'\(field)' names '\(number)', dated \(date), after this notice's date \(own); a notice can only "
                + "\(Self.verb(field)) an earlier one; correct the number or the dates"
        case .correctionCycle(let numbers):
            return "corrections go round in a circle: \(numbers.joined(separator: " corrects ")); one of them must correct a notice that is not a correction in this circle"
        case .changeOfRepealedRegulation(let number, let date, let location):
            return "this amends or repeals a regulation already repealed on \(date) by '\(number)' (\(location)); "
                + "name the regulation's current notice, or date the repeal after this notice"
        case .commentDeadlineBeforePublication(let deadline, let publication):
            return "comment deadline \(deadline) is before the issue's publication date \(publication); give a later 'until', or 'days: N'"
        case .effectiveBeforeDate(let effective, let date):
            return "'effective' \(effective) is before the notice's date \(date); correct it, or add 'retroactive: true' if it applies retroactively"
        case .metadataGap(let elements, let pages, let fix):
            return "\(elements.joined(separator: ", ")) would be empty on \(pages) (行政機關電子資料流通詮釋資料及分類檢索規範 requires them); \(fix)"
        case .custom(let text):
            return text
        }
    }

    private static func verb(_ field: String) -> String {
        switch field {
        case "corrects": "correct"
        case "amends": "amend"
        default: "repeal"
        }
    }
}
