import GazetteContent
import GazetteSite

/// What a plan's page says of itself to machines: a `Report` of its agency covering its fiscal
/// year (January to December of ROC year + 1911).
enum PlanMetadata {
    static func subject(_ plan: Plan, agencyName: String, in site: SiteContext) -> PageSubject {
        let start = CivilDate(year: plan.year, month: 1, day: 1)
        let end = CivilDate(year: plan.year, month: 12, day: 31)
        let facts = PageFacts(
            creators: [agencyName], subjects: [plan.title], description: plan.summary.first,
            contributors: [agencyName], type: MetadataWords.plan, source: site.site.title, date: start,
            coverage: start.flatMap { from in end.map { (from, $0) } },
            relations: [site.urls.absolute(["plans"])], keywords: [plan.title, agencyName, MetadataWords.plan],
            classification: site.site.agency(plan.agency)?.classification ?? NoticeClassification())
        let url = site.urls.absolute(SiteURLs.plan(plan))
        var report = LinkedNode(type: "Report", id: url + "#plan")
        report.set("url", url)
        report.set("name", plan.title)
        report.set("inLanguage", site.site.language)
        report.set("temporalCoverage", [start, end].compactMap { $0?.iso }.joined(separator: "/"))
        var author = LinkedNode(type: "GovernmentOrganization")
        author.set("name", agencyName)
        report.set("author", author.value)
        report.set("publisher", LinkedNode.reference(site.linkedIDs.publisher))
        return .described(facts, entity: report.value)
    }
}
