import GazetteContent
import GazetteDocument
import GazetteSite

/// One notice as a `<Record>`: its fields under the national gazette's names, in the order of
/// its open data, each value as docs/exchange.md says where it comes from. Lists are
/// `;`-separated as there; an empty value is an empty element, as there.
struct EYRecordFields {
    let fields: [(name: String, value: String)]

    init(_ position: Int, in site: SiteContext, metaId: String) {
        let notice = site.content.notices[position]
        let agencies = notice.agencies.map { site.site.agency($0)?.name ?? $0 }.joined(separator: ";")
        let document = site.bodies.document(of: notice)
        let page = site.urls.absolute(SiteURLs.notice(notice))
        var fields: [(String, String)] = [
            ("MetaId", metaId),
            // The import gives a type the category whose name it is (site.yml), so the name goes out.
            ("Doc_Style_LName", site.site.category(notice.category)?.name ?? notice.category),
            ("Doc_Style_SName", notice.subtype ?? ""),
            ("Chapter", ""),
            ("PubGov", agencies),
            ("PubGovName", agencies),
            ("UndertakeGov", ""),
            ("Officer_name", notice.signers.map(Self.officer).joined(separator: ";")),
            ("Date_Created", notice.date.rocLong),
            ("GazetteId", notice.numbers.joined(separator: ";")),
            ("Title", notice.title),
            ("TitleEnglish", notice.titleEnglish ?? ""),
            ("ThemeSubject", notice.summary ?? ""),
            ("Keyword", notice.tags.joined(separator: ";")),
            ("Eng_Keyword", ""),
            ("Explain", PlainTextWriter.write(document)),
        ]
        for (field, scheme) in zip(["Category", "Cake", "Service"], notice.classification.schemes) {
            fields.append((field, scheme.codes.joined(separator: ";")))
        }
        switch notice.lifecycle.comments?.length {
        case .until(let date): fields.append(("Comment_Deadline", date.rocLong))
        case .days(let days, _): fields.append(("Comment_Days", String(days)))
        case nil: break
        }
        fields.append(("GazetteHTML", page))
        let body = AbsoluteLinks(pageURL: page).resolve(document)
        fields.append(("HTMLContent", HTMLWriter(words: site.bodies.words, isStandalone: true).write(body)))
        self.fields = fields
    }

    /// `部長 陳威仁`: the title without the spacing a page prints it with (`市　　長`), since the
    /// first space parts the title from the name.
    private static func officer(_ signer: Signature.Signer) -> String {
        String(signer.title.filter { !$0.isWhitespace }) + " " + signer.name
    }
}
