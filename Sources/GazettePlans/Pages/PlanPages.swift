import GazetteContent
import GazetteSite

/// `/plans/`: every plan by year and agency; `/plans/<roc-year>/<agency-slug>/`: one plan with
/// its summary, tables and chart, and beside it the budget lines as CSV and as a Fiscal Data
/// Package.
struct PlanPages: SiteSection {
    let plans: [Plan]

    func jobs(for site: SiteContext) -> [OutputJob] {
        var jobs = [OutputJob(path: outputPath(["plans"]), sitemap: SitemapEntry(url: site.urls.absolute(["plans"]))) {
            .text(renderIndex(site))
        }]
        for plan in plans {
            let segments = SiteURLs.plan(plan)
            let agencyName = site.site.agency(plan.agency)?.name ?? plan.agency
            let csv = BudgetLines(plan: plan, agencyName: agencyName).csv
            let package = FiscalDataPackage(plan: plan, agencyName: agencyName, homepage: site.urls.absolute(segments),
                                            licensePage: site.urls.absolute(SiteURLs.license)).json
            let openData = [
                OpenDataFile(title: "預算明細（CSV）", url: site.urls.link(segments, file: BudgetLines.fileName),
                             format: FileFormat.forExtension("csv"), byteCount: csv.utf8.count),
                OpenDataFile(title: "財政資料包（Fiscal Data Package，datapackage.json）",
                             url: site.urls.link(segments, file: FiscalDataPackage.fileName),
                             format: FileFormat.forExtension("json"), byteCount: package.utf8.count),
            ]
            jobs.append(OutputJob(path: outputPath(segments, file: BudgetLines.fileName)) { .text(csv) })
            jobs.append(OutputJob(path: outputPath(segments, file: FiscalDataPackage.fileName)) { .text(package) })
            jobs.append(OutputJob(path: outputPath(segments), sitemap: SitemapEntry(url: site.urls.absolute(segments))) {
                var context = site.page(title: plan.title, segments: segments, section: NavigationEntry.plans.key,
                                        breadcrumbs: [Breadcrumb(NavigationEntry.plans.name, site.urls.link(["plans"])), Breadcrumb(plan.title)],
                                        description: "\(plan.title)：施政計畫提要、施政計畫與預算配合對照表、各項計畫及預算金額",
                                        about: PlanMetadata.subject(plan, agencyName: agencyName, in: site))
                context["plan"] = PlanPageData(plan: plan, agencyName: agencyName, openData: openData).templateData
                context.merge(site.documents.templateData(forPage: outputPath(segments))) { $1 }
                return .text(site.templates.render("plan", context))
            })
        }
        return jobs
    }

    private func renderIndex(_ site: SiteContext) -> String {
        var years: [(Int, [[String: Any]])] = []
        for plan in plans {
            let entry: [String: Any] = [
                "title": plan.title, "url": site.urls.link(SiteURLs.plan(plan)),
                "agencyName": site.site.agency(plan.agency)?.name ?? plan.agency,
                "total": Thousands.format(plan.crosswalk.total), "unit": plan.unit.rawValue,
            ]
            if years.last?.0 == plan.rocYear {
                years[years.count - 1].1.append(entry)
            } else {
                years.append((plan.rocYear, [entry]))
            }
        }
        var context = site.page(title: NavigationEntry.plans.name, segments: ["plans"], section: NavigationEntry.plans.key,
                                breadcrumbs: [Breadcrumb(NavigationEntry.plans.name)],
                                description: "\(site.site.title)：各機關年度施政計畫與預算")
        context["planCount"] = plans.count
        context["years"] = years.map { ["rocYear": $0.0, "year": $0.0 + 1911, "plans": $0.1] as [String: Any] }
        return site.templates.render("plans", context)
    }
}
