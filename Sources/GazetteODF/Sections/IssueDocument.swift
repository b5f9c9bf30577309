import Foundation
import GazetteContent
import GazetteSite

/// `/gazette/<issue>/<issue>.odt`: the whole issue as the printed gazette: a cover, the table of
/// contents by category with page numbers, then every notice in that order, each from a new page.
enum IssueDocument {
    static func make(_ issue: Issue, in site: SiteContext, bodies: NoticeBodies) throws(PackageError) -> Data {
        let positions = site.index.byIssue[issue.slug] ?? []
        let groups = site.site.categories.compactMap { category -> (name: String, positions: [Int])? in
            let members = positions.filter { site.content.notices[$0].category == category.slug }
            return members.isEmpty ? nil : (category.name, members)
        }
        var document = TextDocument(metadata: DocumentMetadata(
            title: "\(site.site.title) \(issue.title)", date: issue.date, subject: site.site.title,
            creator: site.site.title))

        document.paragraph(site.site.title, style: StyleName.coverPublisher)
        document.paragraph(issue.title, style: StyleName.title)
        document.paragraph(issue.date.rocLong + "出刊", style: StyleName.subtitle)
        document.paragraph("本期共 \(positions.count) 則", style: StyleName.subtitle)

        document.paragraph("目錄", style: StyleName.contentsHeading, start: .newPage)
        for group in groups {
            document.body.paragraph(group.name, style: StyleName.contentsGroup)
            for position in group.positions {
                let item = site.items[position]
                document.body.contentsLine(item.title, bookmark: bookmark(position),
                                           after: item.number.isEmpty ? nil : "（\(item.number)）", style: StyleName.contentsEntry)
            }
        }
        for group in groups {
            for position in group.positions {
                NoticeChapter.append(position, in: site, bodies: bodies, to: &document, start: .newPage,
                                     bookmark: bookmark(position))
            }
        }
        return try document.package()
    }

    private static func bookmark(_ position: Int) -> String { "notice-\(position)" }
}
