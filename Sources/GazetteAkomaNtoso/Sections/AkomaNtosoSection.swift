import Foundation
import GazetteContent
import GazetteSite

/// The Akoma Ntoso files: each notice's beside its page and each issue's beside the issue's page,
/// registered so that the pages link them with their type and size, as the ODF documents are.
struct AkomaNtosoSection: SiteSection {
    static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    static let fileExtension = "xml"

    func jobs(for site: SiteContext) -> [OutputJob] {
        let names = FRBRNames(site.site)
        var jobs: [OutputJob] = []
        for issue in site.content.issues {
            let positions = site.index.byIssue[issue.slug] ?? []
            for position in positions {
                let notice = site.content.notices[position]
                jobs.append(Self.job(title: AkomaNtosoWords.noticeDocument, segments: SiteURLs.notice(notice), name: notice.slug,
                                     in: site, key: { Self.key(position, in: site) }, group: notice.sourcePath) {
                    NoticeFile.make(position, in: site, names: names)
                })
            }
            // `collectionBody` needs a component: an issue without notices has no file.
            guard !positions.isEmpty else { continue }
            jobs.append(Self.job(title: AkomaNtosoWords.issueDocument, segments: SiteURLs.issue(issue.slug), name: issue.slug,
                                 in: site, key: { Self.key(ofIssueListing: positions, in: site) }) {
                IssueFile.make(issue, positions: positions, in: site, names: names)
            })
        }
        return jobs
    }

    /// The notice's body and listed fields, with its relations, and the category of every
    /// notice it names: a category makes an `act` or a `doc`, which is part of the notice's IRI.
    private static func key(_ position: Int, in site: SiteContext) -> UInt64 {
        site.keys.notices([position]) { hasher in
            hasher.combine(site.keys.metadata([position]))
            for other in NoticeLifecycleEvents.related(position, in: site) {
                hasher.combine(other)
                hasher.combine(site.content.notices[other].category)
            }
        }
    }

    /// What an issue's file shows of its notices: their order, slugs (the links) and titles.
    private static func key(ofIssueListing positions: [Int], in site: SiteContext) -> UInt64 {
        site.keys.key { hasher in
            for position in positions {
                let notice = site.content.notices[position]
                hasher.combine(position)
                hasher.combine(notice.slug)
                hasher.combine(notice.title)
            }
        }
    }

    static func link(to notice: Notice, in site: SiteContext) -> String {
        site.urls.link(SiteURLs.notice(notice), file: notice.slug + "." + fileExtension)
    }

    private static func job(title: String, segments: [String], name: String, in site: SiteContext,
                            key: @escaping @Sendable () -> UInt64, group: String? = nil,
                            make: @escaping @Sendable () -> Data) -> OutputJob {
        let file = name + "." + fileExtension
        return OutputJob(path: outputPath(segments, file: file), phase: .documents, key: key, group: group, finished: { byteCount in
            site.documents.register(DocumentRegistry.Document(
                title: title, url: site.urls.link(segments, file: file), format: .akomaNtoso, byteCount: byteCount),
                forPage: outputPath(segments))
        }) {
            .data(make())
        }
    }
}
