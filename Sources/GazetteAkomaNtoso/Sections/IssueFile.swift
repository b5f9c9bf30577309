import Foundation
import GazetteContent
import GazetteSite

/// `/gazette/<issue>/<issue>.xml`: the issue as an Akoma Ntoso `officialGazette`, whose
/// `collectionBody` names each notice's file by a `documentRef`, in the issue's order.
enum IssueFile {
    static func make(_ issue: Issue, positions: [Int], in site: SiteContext, names: FRBRNames) -> Data {
        var references = References()
        let publisher = references.add("TLCOrganization", eId: "publisher", href: site.site.baseURL, showAs: site.site.title)
        var output = XMLOutput()
        output.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output.open("akomaNtoso", [("xmlns", AkomaNtosoSection.namespace)])
        output.open("officialGazette", [("name", "officialGazette")])
        output.open("meta")
        Identification(work: names.work(of: issue), jurisdiction: names.jurisdiction, date: issue.date, author: publisher,
                       publisher: publisher, subtype: nil, numbers: [issue.slug], name: "\(site.site.title) \(issue.title)",
                       issue: issue, gazetteName: site.site.title).write(to: &output)
        references.write(to: &output, source: publisher)
        output.close("meta")
        output.open("collectionBody")
        for (number, position) in positions.enumerated() {
            let notice = site.content.notices[position]
            let id = "cmp_" + String(number + 1)
            output.open("component", [("eId", id)])
            output.empty("documentRef", [("eId", id + "__ref"), ("href", AkomaNtosoSection.link(to: notice, in: site)),
                                         ("showAs", notice.title)])
            output.close("component")
        }
        output.close("collectionBody")
        output.close("officialGazette")
        output.close("akomaNtoso")
        return Data(output.xml.utf8)
    }
}
