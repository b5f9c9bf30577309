import Foundation
import GazetteSite

/// `/gazette/<issue>/<notice>/<notice>.odt`: a notice as a document of its own, beside its page.
enum NoticeDocument {
    static func make(_ position: Int, in site: SiteContext, bodies: NoticeBodies) throws(PackageError) -> Data {
        let notice = site.content.notices[position]
        let item = site.items[position]
        var document = TextDocument(metadata: DocumentMetadata(
            title: notice.title, date: notice.date, subject: item.category, description: notice.summary,
            keywords: notice.tags, creator: item.agency))
        NoticeChapter.append(position, in: site, bodies: bodies, to: &document, showsIssue: true)
        return try document.package()
    }
}
