import GazetteContent
import GazetteSite

/// A notice as it is printed, alone or as a chapter of its issue: the title, the metadata block
/// (發文字號, 發文日期, 發文機關, 類別), the body with its signature block, and the attachments.
enum NoticeChapter {
    static func append(_ position: Int, in site: SiteContext, bodies: NoticeBodies, to document: inout TextDocument,
                       start: TextDocument.PageStart = .flowing, bookmark: String? = nil, showsIssue: Bool = false) {
        let notice = site.content.notices[position]
        let item = site.items[position]
        document.heading(notice.title, level: 1, start: start, bookmark: bookmark)
        // A joint notice has a number and an agency for each of its issuers; a notice published
        // without a number has no 發文字號 line, as on its page.
        if !notice.numbers.isEmpty { document.body.field("發文字號", notice.numbers.joined(separator: "、")) }
        document.body.field("發文日期", item.dateROC)
        document.body.field("發文機關", notice.agencies.map { site.site.agency($0)?.name ?? $0 }.joined(separator: "、"))
        document.body.field("類別", item.category)
        if showsIssue { document.body.field("公報期別", item.issueTitle) }
        lifecycleFields(position, in: site, to: &document.body)
        document.body.append(bodies.take(position) { body(of: notice, in: site) })
    }

    /// The notice's legal life, as its page's metadata block shows it.
    private static func lifecycleFields(_ position: Int, in site: SiteContext, to body: inout TextBody) {
        let relations = site.relations
        let lifecycle = site.content.notices[position].lifecycle
        func field(_ label: String, _ targets: [RelatedNotice]) {
            if !targets.isEmpty { body.field(label, targets.map { site.entry($0).text }.joined(separator: "、")) }
        }
        if let effective = lifecycle.effective {
            body.field(LifecycleWords.effectiveField,
                       effective.rocLong + (lifecycle.isRetroactive ? "（\(LifecycleWords.retroactive)）" : ""))
        }
        if let history = relations.regulation(of: position) {
            body.field(LifecycleWords.regulationField, "\(history.regulation.name)（\(LifecycleWords.status(history.status))；"
                       + "\(LifecycleWords.action(lifecycle.action))）")
        }
        field(LifecycleWords.correctsField, relations.corrects[position].map { [$0] } ?? [])
        field(LifecycleWords.amendsField, relations.amends[position] ?? [])
        field(LifecycleWords.repealsField, relations.repeals[position] ?? [])
        field(LifecycleWords.correctedByField, (relations.correctedBy[position] ?? []).map(RelatedNotice.notice))
        field(LifecycleWords.amendedByField, (relations.amendedBy[position] ?? []).map(RelatedNotice.notice))
        field(LifecycleWords.repealedByField, (relations.repealedBy[position] ?? []).map(RelatedNotice.notice))
        if let period = lifecycle.comments, let lastDay = relations.lastDayOfComments[position] {
            body.field(LifecycleWords.commentsField, LifecycleWords.period(period))
            body.field(LifecycleWords.commentsLastDayField, lastDay.rocLong)
            if let recipient = period.recipient { body.field(LifecycleWords.commentsToField, recipient) }
        }
        if let service = relations.serviceTakesEffect[position] {
            body.field(LifecycleWords.serviceField, "\(service.date.rocLong)（\(service.basis)）")
        }
    }

    /// The body's document tree and the list of attachments, with links made absolute against
    /// the notice's page.
    private static func body(of notice: Notice, in site: SiteContext) -> TextBody {
        let segments = SiteURLs.notice(notice)
        var body = TextBody(capacity: notice.body.utf8.count * 2)
        let resolver = LinkResolver(pageURL: site.urls.absolute(segments))
        // An issue's document holds many bodies; the notice's slug (unique in its issue, and
        // unlike its position unchanged when other notices come and go) keeps their tables apart.
        body.document(site.bodies.sharedDocument(of: notice),
                      converter: DocumentConverter(resolveLink: resolver.resolve, namePrefix: notice.slug))
        if !notice.attachments.isEmpty {
            body.heading("附件", level: 2)
            body.linkList(notice.attachments.map { attachment in
                (attachment.title, site.urls.absolute(segments, file: attachment.fileName))
            })
        }
        return body
    }
}
