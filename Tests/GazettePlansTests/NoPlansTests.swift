import Testing

/// A site without a plans folder builds as before: no plans pages, no menu entry.
@Suite struct NoPlansTests {
    @Test func absentPlansFolderMeansNoPlans() throws {
        let fixture = try PlanFixture(files: ["Content/site.yml": PlanFixture.siteYAML])
        defer { fixture.remove() }
        let run = try GazetteRun.build(fixture)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!fixture.exists("Site/plans"))
        #expect(!(try fixture.read("Site/index.html")).contains("施政計畫"))
    }
}
