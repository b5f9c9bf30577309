import GazetteContent

/// `meta/identification` and `meta/publication`: the work, its expression and this file, each
/// with its IRIs, date and author, and the issue of the gazette that published it.
struct Identification {
    var work: FRBRWork
    var jurisdiction: String
    /// The document's own date (發文日期), or the issue's for the issue.
    var date: CivilDate
    /// `#eId` of the issuing agency's `TLCOrganization`.
    var author: String
    /// `#eId` of the gazette's `TLCOrganization`, which makes this file.
    var publisher: String
    var subtype: String?
    var numbers: [String]
    var name: String
    var issue: Issue
    var gazetteName: String

    func write(to output: inout XMLOutput) {
        output.open("identification", [("source", publisher)])
        output.open("FRBRWork")
        core(this: work.workThis, uri: work.uri, date: date, dateName: "issued", author: author, to: &output)
        output.empty("FRBRcountry", [("value", jurisdiction)])
        if let subtype { output.empty("FRBRsubtype", [("value", subtype)]) }
        for number in numbers { output.empty("FRBRnumber", [("value", number)]) }
        output.empty("FRBRname", [("value", name)])
        output.close("FRBRWork")
        output.open("FRBRExpression")
        core(this: work.expressionThis, uri: work.expression, date: date, dateName: "issued", author: author, to: &output)
        output.empty("FRBRlanguage", [("language", work.language)])
        output.close("FRBRExpression")
        output.open("FRBRManifestation")
        core(this: work.manifestationThis, uri: work.manifestation, date: issue.date, dateName: "publication",
             author: publisher, to: &output)
        output.close("FRBRManifestation")
        output.close("identification")
        output.empty("publication", [("date", issue.date.iso), ("name", gazetteName), ("showAs", issue.title),
                                     ("number", issue.slug)])
    }

    private func core(this: String, uri: String, date: CivilDate, dateName: String, author: String,
                      to output: inout XMLOutput) {
        output.empty("FRBRthis", [("value", this)])
        output.empty("FRBRuri", [("value", uri)])
        output.empty("FRBRdate", [("date", date.iso), ("name", dateName)])
        output.empty("FRBRauthor", [("href", author)])
    }
}
