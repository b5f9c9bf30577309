import GazetteContent

/// Everything that can be wrong with a plan, each with what would be right.
enum PlanProblem: Error, Sendable, Hashable {
    case amountNotQuoted(String)
    case amountNotText
    case amountEmpty
    case amountNegative(String)
    case amountNotWhole(String)
    case amountFullWidth(String)
    case amountSpaces(String)
    case amountLeadingZero(String, suggestion: String)
    case amountSeparators(String, suggestion: String)
    case amountNotANumber(String)
    case amountTooLarge(String)
    case codeNotQuoted(String)
    case invalidCode(String)
    case codeTooDeep(String, table: String, maximum: Int)
    case duplicateCode(String, table: String, first: SourceLocation)
    case orphan(code: String, name: String, parent: String, table: String)
    case parentAfterChild(code: String, parent: String, parentAt: SourceLocation)
    case sumMismatch(item: String, code: String, table: String, published: String, computed: String, parts: String)
    case totalMismatch(published: String, computed: String, parts: String)
    case crossTableHeading(code: String, crosswalk: String, programs: String, programsAt: SourceLocation)
    case crossTableAmount(item: String, crosswalk: String, programs: String, programsAt: SourceLocation)
    case notNFC(found: String, replacement: String)
    case invalidYearFolder(String)
    case invalidRocYear(String)
    case folderMismatch(field: String, value: String, folder: String)
    case unexpectedFile(String)
    case notAFolder
    case invalidCurrency(String)
    case invalidUnit(String)
    case emptyTable(String)
    case foldedPoints
    case markdownNotAList(what: String)
    case markdownBulletList(what: String)
    case markdownExtraBlock(what: String)
    case markdownListStart(found: Int)
    case markdownNumbering(found: Int, expected: Int)
    case markdownItemShape
    case markdownFormatting(String)
    case markdownEmpty(what: String)

    var message: String {
        switch self {
        case .amountNotQuoted(let text):
            return "amount \(text) must be quoted exactly as published, e.g. amount: \"\(text)\""
        case .amountNotText:
            return "an amount is a single quoted value such as \"26,767\""
        case .amountEmpty:
            return "amount is empty; write the figure as published, e.g. \"26,767\", or leave the amount out when none is printed"
        case .amountNegative(let text):
            return "amount '\(text)' is negative; a published amount is 0 or more"
        case .amountNotWhole(let text):
            return "amount '\(text)' is not a whole number; amounts are whole numbers in the plan's unit, as printed"
        case .amountFullWidth(let text):
            return "amount '\(text)' uses full-width digits or commas; write ASCII digits and commas, e.g. \"26,767\""
        case .amountSpaces(let text):
            return "amount '\(text)' contains spaces; write digits and commas only, e.g. \"26,767\""
        case .amountLeadingZero(let text, let suggestion):
            return "amount '\(text)' starts with a zero; write \"\(suggestion)\""
        case .amountSeparators(let text, let suggestion):
            return "amount '\(text)' has wrong thousands separators; put a comma between every group of three digits and nowhere else: \"\(suggestion)\""
        case .amountNotANumber(let text):
            return "amount '\(text)' is not a number; write digits with thousands separators and no unit, e.g. \"26,767\""
        case .amountTooLarge(let text):
            return "amount '\(text)' is too large to be a budget figure; check the digits"
        case .codeNotQuoted(let text):
            return "code \(text) must be quoted, e.g. code: \"\(text)\" (unquoted, YAML reads 1.10 as the number 1.1)"
        case .invalidCode(let text):
            return "code '\(text)' is not a dotted code; write positive numbers without leading zeros joined by '.', e.g. \"1\", \"1.1\", \"1.1.5\""
        case .codeTooDeep(let text, let table, let maximum):
            return "code '\(text)' has more than \(maximum) levels; the \(table) has only 類 (\"1\") and 項 (\"1.1\")"
        case .duplicateCode(let text, let table, let first):
            return "duplicate code '\(text)' in the \(table); first used at \(first); give each item its own code"
        case .orphan(let code, let name, let parent, let table):
            return "item '\(code)' (\(name)) has no parent: the \(table) has no item '\(parent)'; add it before this item or correct the code"
        case .parentAfterChild(let code, let parent, let parentAt):
            return "item '\(code)' comes before its parent '\(parent)' (at \(parentAt)); list a parent before its children"
        case .sumMismatch(let item, let code, let table, let published, let computed, let parts):
            return "\(table) item \(item) (code '\(code)'): published \(published) but its parts add up to \(computed): \(parts); correct the figure that differs from the printed plan"
        case .totalMismatch(let published, let computed, let parts):
            return "crosswalk 合計: published \(published) but the 類 add up to \(computed): \(parts); correct the figure that differs from the printed plan"
        case .crossTableHeading(let code, let crosswalk, let programs, let programsAt):
            return "類 '\(code)' is \(crosswalk) in the crosswalk but \(programs) in the program table (at \(programsAt)); the same code must name the same 類 in both tables"
        case .crossTableAmount(let item, let crosswalk, let programs, let programsAt):
            return "類 \(item): the crosswalk gives \(crosswalk) but the program table gives \(programs) (at \(programsAt)); both tables print the same 類 total"
        case .notNFC(let found, let replacement):
            return "\(found) is not in Unicode NFC (a compatibility character, often left by PDF text extraction); write \(replacement) instead"
        case .invalidYearFolder(let name):
            return "plans folder '\(name)' must be named after a ROC year in ASCII digits, e.g. plans/110/"
        case .invalidRocYear(let text):
            return "roc-year '\(text)' must be a ROC year in ASCII digits, e.g. roc-year: 110"
        case .folderMismatch(let field, let value, let folder):
            return "\(field) is '\(value)' but the plan is in folder '\(folder)'; the folder names the plan's year and agency, so correct one of them"
        case .unexpectedFile(let name):
            return "unexpected file '\(name)'; plans/ holds <roc-year>/<agency-slug>/ folders, each with plan.yml and summary.md only"
        case .notAFolder:
            return "'plans' must be a folder holding plans/<roc-year>/<agency-slug>/"
        case .invalidCurrency(let text):
            return "currency '\(text)' is not an ISO 4217 code; write three capital letters, e.g. TWD"
        case .invalidUnit(let text):
            return "unit '\(text)' is not one of \(AmountUnit.allCases.map(\.rawValue).joined(separator: ", ")); write the unit as printed after 單位："
        case .emptyTable(let table):
            return "the \(table) has no items; list its rows"
        case .foldedPoints:
            return "points must be a literal block ('points: |'); a folded block ('>') joins the numbered points into one line"
        case .markdownNotAList(let what):
            return "\(what) must be a numbered list: one point per line, '1. ', '2. ', … (with a space after the period)"
        case .markdownBulletList(let what):
            return "\(what) must be numbered '1. ', '2. ', …, not a bulleted list"
        case .markdownExtraBlock(let what):
            return "\(what) holds one numbered list (or one paragraph) and nothing else; remove this block or make it a point of the list"
        case .markdownListStart(let found):
            return "the list starts at \(found); number the points from 1"
        case .markdownNumbering(let found, let expected):
            return "point numbered \(found) should be \(expected); number the points 1, 2, 3, … in order without gaps"
        case .markdownItemShape:
            return "a point is one paragraph of text; remove the nested list, heading or second paragraph"
        case .markdownFormatting(let kind):
            return "points are plain text as printed; remove the \(kind), or put a backslash before the character if it is meant literally"
        case .markdownEmpty(let what):
            return "\(what) is empty; write the points as printed"
        }
    }
}

extension Diagnostic {
    init(_ problem: PlanProblem, at location: SourceLocation) {
        self.init(.custom(problem.message), at: location)
    }
}
