import GazetteContent
import GazetteSite

/// Plans as a part of the site: loads and verifies `Content/plans/` before anything is
/// written, and when there are plans adds their pages and the 施政計畫 menu entry.
public struct PlanExtension: SiteExtension {
    /// Other outputs made from the same loaded plans (their documents), so plans are loaded once.
    let moreSections: @Sendable ([Plan]) -> [any SiteSection]

    public init(moreSections: @escaping @Sendable ([Plan]) -> [any SiteSection] = { _ in [] }) {
        self.moreSections = moreSections
    }

    public func prepare(_ content: Content, options: BuildOptions) -> PreparedExtension {
        let loaded = PlanLoader(contentRoot: options.content, displayRoot: options.contentDisplayPath, site: content.site).load()
        guard !loaded.plans.isEmpty else { return PreparedExtension(diagnostics: loaded.diagnostics) }
        return PreparedExtension(sections: [PlanPages(plans: loaded.plans)] + moreSections(loaded.plans),
                                 navigation: [.plans], datasets: loaded.plans.map(PlanDataset.dataset),
                                 diagnostics: loaded.diagnostics)
    }
}

extension NavigationEntry {
    public static let plans = NavigationEntry(key: "plans", name: "施政計畫", segments: ["plans"])
}

extension SiteURLs {
    /// `/plans/<roc-year>/<agency-slug>/`.
    public static func plan(_ plan: Plan) -> [String] { ["plans", String(plan.rocYear), plan.agency] }
}
