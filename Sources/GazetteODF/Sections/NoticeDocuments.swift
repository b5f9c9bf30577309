import Foundation
import GazetteContent
import GazetteSite

/// `/gazette/<issue>/<notice>/<notice>.odt`: each notice as a document of its own, beside its page.
struct NoticeDocuments: SiteSection {
    func jobs(for site: SiteContext) -> [OutputJob] {
        site.content.notices.indices.map { position in
            let notice = site.content.notices[position]
            let segments = SiteURLs.notice(notice)
            let file = notice.slug + ".odt"
            return OutputJob(path: outputPath(segments, file: file), phase: .documents) {
                let bytes = try document(position, in: site)
                site.documents.register(DocumentRegistry.Document(
                    title: "本則全文", url: site.urls.link(segments, file: file),
                    format: FileFormat.forExtension("odt"), byteCount: bytes.count), forPage: outputPath(segments))
                return .data(bytes)
            }
        }
    }

    private func document(_ position: Int, in site: SiteContext) throws(PackageError) -> Data {
        let notice = site.content.notices[position]
        let item = site.items[position]
        var document = TextDocument(metadata: DocumentMetadata(
            title: notice.title, date: notice.date, subject: item.category, description: notice.summary,
            keywords: notice.tags, creator: item.agency))
        NoticeChapter.append(position, in: site, to: &document, showsIssue: true)
        return try document.package()
    }
}
