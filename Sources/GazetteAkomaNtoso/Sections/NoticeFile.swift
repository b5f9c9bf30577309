import Foundation
import GazetteContent
import GazetteSite

/// `/gazette/<issue>/<notice>/<notice>.xml`: a notice as an Akoma Ntoso `act` or `doc`, its
/// metadata from the front matter and its legal life, its body from the document tree.
enum NoticeFile {
    static func make(_ position: Int, in site: SiteContext, names: FRBRNames) -> Data {
        let notice = site.content.notices[position]
        let type = DocumentType(notice, site: site.site)
        let work = names.work(of: notice, type: type)
        let body = BodyWriter.write(site.bodies.sharedDocument(of: notice))
        var references = References()
        let publisher = references.add("TLCOrganization", eId: "publisher", href: site.site.baseURL, showAs: site.site.title)
        references.add("original", eId: "original", href: work.expressionThis, showAs: notice.title)
        var authors: [String] = []
        for agency in notice.agencies {
            authors.append(references.add("TLCOrganization", eId: "agency-" + agency,
                                          href: "/akn/ontology/organization/\(names.jurisdiction)/\(agency)",
                                          showAs: site.site.agency(agency)?.name ?? agency))
        }
        let issue = site.issue(notice.issueSlug) ?? Issue(slug: notice.issueSlug, title: notice.issueSlug, date: notice.date, sourcePath: "")

        var output = XMLOutput(capacity: body.body.utf8.count + 8_192)
        output.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output.open("akomaNtoso", [("xmlns", AkomaNtosoSection.namespace)])
        output.open(type.rawValue, [("name", notice.category)])
        output.open("meta")
        Identification(work: work, jurisdiction: names.jurisdiction, date: notice.date, author: authors[0],
                       publisher: publisher, subtype: type == .doc ? notice.category : nil, numbers: notice.numbers,
                       name: notice.title, issue: issue, gazetteName: site.site.title).write(to: &output)
        writeClassification(notice, in: site, names: names, references: &references, to: &output, source: publisher)
        let lifecycle = NoticeLifecycleEvents(position, in: site, names: names)
        lifecycle.write(to: &output, references: &references, source: publisher)
        for (number, signer) in body.signers.enumerated() {
            let n = String(number + 1)
            references.add("TLCPerson", eId: "person-" + n,
                           href: "/akn/ontology/person/\(names.jurisdiction)/" + PercentEncoding.pathSegment(signer.name),
                           showAs: signer.name)
            references.add("TLCRole", eId: "role-" + n,
                           href: "/akn/ontology/role/\(names.jurisdiction)/" + PercentEncoding.pathSegment(signer.title),
                           showAs: signer.title)
        }
        references.write(to: &output, source: publisher)
        output.close("meta")
        output.open(type == .act ? "body" : "mainBody")
        output.raw(body.body)
        output.close(type == .act ? "body" : "mainBody")
        if let conclusions = body.conclusions {
            output.open("conclusions")
            output.raw(conclusions)
            output.close("conclusions")
        }
        output.close(type.rawValue)
        output.close("akomaNtoso")
        return Data(output.xml.utf8)
    }

    /// Keywords from three vocabularies: the site's categories, its tags, and the national
    /// classification codes an imported notice carries. Each vocabulary is a `TLCConcept`.
    private static func writeClassification(_ notice: Notice, in site: SiteContext, names: FRBRNames,
                                            references: inout References, to output: inout XMLOutput, source: String) {
        func dictionary(_ key: String, _ name: String) -> String {
            references.add("TLCConcept", eId: "dictionary-" + key,
                           href: "/akn/ontology/concept/\(names.jurisdiction)/\(key)", showAs: name)
        }
        output.open("classification", [("source", source)])
        let category = dictionary("category", AkomaNtosoWords.category)
        output.empty("keyword", [("value", notice.category), ("showAs", site.site.category(notice.category)?.name ?? notice.category),
                                 ("dictionary", category)])
        if !notice.tags.isEmpty {
            let tags = dictionary("tags", AkomaNtosoWords.tags)
            for tag in notice.tags { output.empty("keyword", [("value", tag), ("showAs", tag), ("dictionary", tags)]) }
        }
        for (key, codes) in notice.classification.schemes where !codes.isEmpty {
            let scheme = dictionary(key, AkomaNtosoWords.scheme(key))
            for code in codes { output.empty("keyword", [("value", code), ("showAs", code), ("dictionary", scheme)]) }
        }
        output.close("classification")
    }
}
