import GazetteContent

/// The IRIs of the Akoma Ntoso naming convention (OASIS, 2016): a work is
/// `/akn/<jurisdiction>/<type>[/<subtype>]/<date>/<number>`, its one expression adds
/// `/<language>@` (the original version), and this file, the manifestation, `/!main.xml`.
/// The jurisdiction is `tw`, or `tw-<locality>` with site.yml's `locality`. A notice's number is
/// `<issue slug>.<notice slug>`: unique in the site (slugs never hold a dot), where the document
/// number (發文字號) may be missing or shared by a re-publication. A `doc` has its category's slug
/// as subtype.
struct FRBRNames: Sendable {
    let jurisdiction: String
    /// ISO 639-2, as the convention wants: `zho` for site.yml's `zh-Hant-TW`.
    let language: String

    init(_ site: SiteSettings) {
        jurisdiction = "tw" + (site.locality.map { "-" + $0 } ?? "")
        language = Self.threeLetterCode(site.language)
    }

    func work(of notice: Notice, type: DocumentType) -> FRBRWork {
        let subtype = type == .doc ? "/" + notice.category : ""
        return FRBRWork(uri: "/akn/\(jurisdiction)/\(type.rawValue)\(subtype)/\(notice.date.iso)/\(notice.issueSlug).\(notice.slug)",
                        language: language)
    }

    func work(of issue: Issue) -> FRBRWork {
        FRBRWork(uri: "/akn/\(jurisdiction)/officialGazette/\(issue.date.iso)/\(issue.slug)", language: language)
    }

    /// The languages Gazette's sites are written in; any other tag keeps its primary subtag
    /// when that is a language code, and is `und` (undetermined) otherwise.
    private static func threeLetterCode(_ tag: String) -> String {
        let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        switch primary {
        case "zh": return "zho"
        case "en": return "eng"
        default:
            let isCode = (2...3).contains(primary.utf8.count) && primary.utf8.allSatisfy { (97...122).contains($0) }
            return isCode ? primary : "und"
        }
    }
}

/// One work's IRIs at its three FRBR levels.
struct FRBRWork: Sendable, Hashable {
    let uri: String
    let language: String

    var workThis: String { uri + "/!main" }
    var expression: String { uri + "/" + language + "@" }
    var expressionThis: String { expression + "/!main" }
    var manifestationThis: String { expression + "/!main.xml" }
    var manifestation: String { expression + ".akn" }
}
