import GazetteContent
import GazetteSite

/// A notice as it is printed, alone or as a chapter of its issue: the title, the metadata block
/// (發文字號, 發文日期, 發文機關, 類別), the body and the attachments.
enum NoticeChapter {
    static func append(_ position: Int, in site: SiteContext, to document: inout TextDocument,
                       startsPage: Bool = false, bookmark: String? = nil, showsIssue: Bool = false) {
        let notice = site.content.notices[position]
        let item = site.items[position]
        let segments = SiteURLs.notice(notice)
        document.heading(notice.title, level: 1, start: startsPage ? .newPage : .flowing, bookmark: bookmark)
        document.field("發文字號", notice.number)
        document.field("發文日期", item.dateROC)
        document.field("發文機關", item.agency)
        document.field("類別", item.category)
        if showsIssue { document.field("公報期別", item.issueTitle) }
        let resolver = LinkResolver(pageURL: site.urls.absolute(segments))
        document.markdown(notice.body, converter: MarkdownConverter(resolveLink: resolver.resolve))
        if !notice.attachments.isEmpty {
            document.heading("附件", level: 2)
            document.linkList(notice.attachments.map { attachment in
                (attachment.title, site.urls.absolute(segments, file: attachment.fileName))
            })
        }
    }
}
