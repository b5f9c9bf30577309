import GazetteContent
import GazetteSite

/// `/gazette/<issue>/exchange/<YYY-MM-DD>.xml`: each issue as one day's file of the Executive Yuan
/// Gazette's open data, `<Gazette>` holding a `<Record>` per notice in the issue's order, named by
/// the issue's date in the ROC calendar as the national gazette names its days, so that
/// `gazette import ey-xml` and tools written for EY data read it as they read a real day.
/// It has a folder of its own because an issue's slug may itself be such a date, and the issue's
/// Akoma Ntoso file is `<issue>.xml`. Registered so that the issue page links it, like the
/// issue's ODF document.
struct EYIssueFiles: SiteSection {
    func jobs(for site: SiteContext) -> [OutputJob] {
        site.content.issues.map { issue in
            let positions = site.index.byIssue[issue.slug] ?? []
            let segments = SiteURLs.issue(issue.slug)
            let folder = segments + [Self.folder]
            let file = Self.fileName(issue.date)
            return OutputJob(path: outputPath(folder, file: file), phase: .documents,
                             key: { site.keys.notices(positions) { $0.combine(site.keys.metadata(positions)) } },
                             finished: { byteCount in
                site.documents.register(DocumentRegistry.Document(
                    title: ExchangeWords.title, url: site.urls.link(folder, file: file),
                    format: ExchangeWords.format, byteCount: byteCount), forPage: outputPath(segments))
            }) {
                let ids = ExchangeIds(positions.map { site.content.notices[$0] })
                let records = zip(positions, ids.metaIds).map { position, metaId in
                    EYRecordFields(position, in: site, metaId: metaId).fields
                }
                return .text(EYGazetteXML.write(records))
            }
        }
    }

    static let folder = "exchange"

    /// `110-03-05.xml`: the ROC year padded to three digits, as in the open data (`094-07-28.xml`).
    static func fileName(_ date: CivilDate) -> String { date.rocDayName + ".xml" }
}
