import Foundation
import GazetteContent
import GazetteSite

/// The gazette's documents: each notice's .odt beside its page and each issue's .odt beside
/// the issue's page, registered so that the pages link them with their type and size.
struct GazetteDocuments: SiteSection {
    /// Each issue's document comes right after its notices' documents: the bodies it shares with
    /// them are dropped soon, and the heavy issue documents are spread over the phase instead of
    /// ending it on one core.
    func jobs(for site: SiteContext) -> [OutputJob] {
        let bodies = NoticeBodies(count: site.content.notices.count)
        var jobs: [OutputJob] = []
        for issue in site.content.issues {
            let positions = site.index.byIssue[issue.slug] ?? []
            for position in positions {
                let notice = site.content.notices[position]
                jobs.append(Self.job(title: "本則全文", segments: SiteURLs.notice(notice), name: notice.slug, kind: .text, in: site,
                                     key: { site.keys.notices([position]) { $0.combine(site.keys.metadata([position])) } },
                                     group: notice.sourcePath) {
                    try NoticeDocument.make(position, in: site, bodies: bodies)
                })
            }
            jobs.append(Self.job(title: "本期公報全文", segments: SiteURLs.issue(issue.slug), name: issue.slug, kind: .text, in: site,
                                 key: { site.keys.notices(positions) { $0.combine(site.keys.metadata(positions)) } }) {
                try IssueDocument.make(issue, in: site, bodies: bodies)
            })
        }
        return jobs
    }

    /// A job writing the document `name`.odt/.ods into the folder of the page at `segments`,
    /// which then links it.
    static func job(title: String, segments: [String], name: String, kind: DocumentKind, in site: SiteContext,
                    key: (@Sendable () -> UInt64)? = nil, group: String? = nil,
                    make: @escaping @Sendable () throws -> Data) -> OutputJob {
        let file = name + "." + kind.fileExtension
        return OutputJob(path: outputPath(segments, file: file), phase: .documents, key: key,
                         document: LinkedDocument(title: title, page: segments), group: group, finished: { byteCount in
            site.documents.register(DocumentRegistry.Document(
                title: title, url: site.urls.link(segments, file: file),
                format: FileFormat.forExtension(kind.fileExtension), byteCount: byteCount),
                forPage: outputPath(segments))
        }) {
            .data(try make())
        }
    }
}
