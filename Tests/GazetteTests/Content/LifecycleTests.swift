import Foundation
import GazetteContent
import Testing

/// The rules of a notice's legal life, each broken once, and the dates computed from publication.
struct LifecycleTests {
    private static let venue = "高雄市政府行政中心場地使用管理規則"
    private let spring1 = "Content/gazette/110-spring-001/"
    private let spring2 = "Content/gazette/110-spring-002/"

    /// The valid fixture with a regulation named in site.yml and the 公示送達 rule on its category.
    private func fixture(_ files: [String: String]) throws -> Fixture {
        let fixture = try Fixture.valid()
        let site = Fixture.siteYAML
            .replacingOccurrences(of: "    name: 公示送達\n", with: "    name: 公示送達\n    serviceTakesEffectAfterDays: 20\n    serviceBasis: 行政程序法第81條\n")
            + "regulations:\n  - slug: venue\n    name: \(Self.venue)\nholidays: [2021-02-10]\n"
        try fixture.write("Content/site.yml", site)
        for (path, text) in files { try fixture.write(path, text) }
        return fixture
    }

    private func load(_ fixture: Fixture) throws(DiagnosticError) -> Content {
        try ContentLoader(root: fixture.root.appendingPathComponent("Content"), displayRoot: "Content").load(includeDrafts: false).content
    }

    private func diagnostics(_ fixture: Fixture) -> [Diagnostic] {
        do {
            _ = try load(fixture)
            return []
        } catch {
            return error.diagnostics
        }
    }

    private func notice(_ title: String, number: String, date: String, _ extra: String, category: String = "regulations") -> String {
        Fixture.notice(title: title, category: category, number: number, date: date, extra: extra)
    }

    // MARK: Dates

    @Test func dayNumbersRoundTripAndKnowTheWeekday() throws {
        for dayNumber in stride(from: -719_162, through: 2_932_896, by: 997) {
            #expect(CivilDate(dayNumber: dayNumber)?.dayNumber == dayNumber)
        }
        #expect(CivilDate(iso: "1970-01-01")?.dayNumber == 0)
        // 2021-06-16 was a Wednesday, 2024-02-29 a Thursday.
        #expect(CivilDate(iso: "2021-06-16")?.weekday == 3)
        #expect(CivilDate(iso: "2024-02-29")?.weekday == 4)
        #expect(CivilDate(iso: "2021-12-31")?.adding(days: 1)?.iso == "2022-01-01")
        #expect(CivilDate(iso: "9999-12-31")?.adding(days: 1) == nil)
    }

    @Test func commentPeriodsCountAsTheNoticeStates() throws {
        let calendar = LegalCalendar(holidays: [try #require(CivilDate(iso: "2021-06-14"))])
        let location = SourceLocation(path: "x")
        func lastDay(_ length: CommentPeriod.Length, _ published: String) throws -> String? {
            calendar.lastDayOfComments(CommentPeriod(length: length, location: location),
                                       publishedOn: try #require(CivilDate(iso: published)))?.iso
        }
        // Published Wednesday 2021-06-02: 14 days from the next day end on Wednesday 06-16.
        #expect(try lastDay(.days(14, startsNextDay: true), "2021-06-02") == "2021-06-16")
        // From the day of publication itself: one day earlier.
        #expect(try lastDay(.days(14, startsNextDay: false), "2021-06-02") == "2021-06-15")
        // Ending on Saturday 06-05 moves to Monday 06-07 (第48條第4項).
        #expect(try lastDay(.days(3, startsNextDay: true), "2021-06-02") == "2021-06-07")
        // Ending on Sunday 06-13 moves past Monday 06-14, a holiday, to Tuesday 06-15.
        #expect(try lastDay(.days(11, startsNextDay: true), "2021-06-02") == "2021-06-15")
        // A date written out is the date.
        #expect(try lastDay(.until(try #require(CivilDate(iso: "2021-06-12"))), "2021-06-02") == "2021-06-12")
        // Service by publication: twenty days, a weekend not moving it.
        let published = try #require(CivilDate(iso: "2021-06-16"))
        #expect(calendar.serviceTakesEffect(publishedOn: published, afterDays: 20)?.iso == "2021-07-06")
        #expect(calendar.serviceTakesEffect(publishedOn: try #require(CivilDate(iso: "2021-06-12")), afterDays: 20)?.iso == "2021-07-02")
    }

    // MARK: What loads

    @Test func aWholeLifeLoads() throws {
        let fixture = try fixture([
            spring1 + "venue-rules.md": notice("訂定", number: "高市府行國字第11030123400號", date: "2021-01-04",
                                               "regulation: venue\neffective: 2021-02-01\n"),
            spring2 + "amend.md": notice("修正", number: "N-AMEND", date: "2021-01-18",
                                         "regulation: venue\namends: \"高市府行國字第11030123400號\"\n"),
            spring2 + "draft-more.md": notice("預告", number: "N-DRAFT", date: "2021-01-18",
                                              "regulation: venue\ncomments:\n  days: 14\n  to: 法制局\n", category: "announcements"),
            spring2 + "fix.md": notice("更正", number: "N-FIX", date: "2021-01-19",
                                       "corrects: {number: \"府法字第10900001號\", outside: true, citation: 109年冬字第3期}\n",
                                       category: "announcements"),
            spring2 + "repeal.md": notice("廢止", number: "N-REPEAL", date: "2021-01-19",
                                          "regulation: venue\nrepeals: [\"高市府行國字第11030123400號\", N-AMEND]\nretroactive: true\neffective: 2021-01-15\n"),
        ])
        let content = try load(fixture)
        let repeal = try #require(content.notices.first { $0.slug == "repeal" })
        #expect(repeal.lifecycle.action == .repeal)
        #expect(repeal.lifecycle.repeals.map(\.number) == ["高市府行國字第11030123400號", "N-AMEND"])
        #expect(repeal.lifecycle.repeals[1].location == SourceLocation(path: spring2 + "repeal.md", line: 8, column: 34))
        let draft = try #require(content.notices.first { $0.slug == "draft-more" })
        #expect(draft.lifecycle.action == .draft)
        #expect(draft.lifecycle.comments?.length == .days(14, startsNextDay: true))
        #expect(draft.lifecycle.comments?.recipient == "法制局")
        let fix = try #require(content.notices.first { $0.slug == "fix" })
        #expect(fix.lifecycle.corrects?.isOutside == true)
        #expect(fix.lifecycle.corrects?.citation == "109年冬字第3期")
        #expect(content.site.category("service")?.serviceRule == ServiceRule(days: 20, basis: "行政程序法第81條"))
        #expect(content.site.calendar.holidays.count == 1)
    }

    // MARK: What is refused

    @Test func aNumberNotInTheSiteIsRefusedWithTheOutsideForm() throws {
        let fixture = try fixture([spring2 + "fix.md": notice("更正", number: "N-FIX", date: "2021-01-19", "corrects: \"N-NOWHERE\"\n")])
        let found = diagnostics(fixture)
        #expect(found.map(\.problem) == [.unknownReference("N-NOWHERE", field: "corrects")])
        #expect(found.first?.location == SourceLocation(path: spring2 + "fix.md", line: 7, column: 11))
        #expect(found.first?.problem.message.contains("outside: true") == true)
    }

    @Test func anOutsideNumberThatIsInTheSiteIsRefused() throws {
        let fixture = try fixture([spring2 + "fix.md": notice("更正", number: "N-FIX", date: "2021-01-19",
                                                              "corrects: {number: \"高市府行國字第11030123400號\", outside: true, citation: x}\n")])
        let found = diagnostics(fixture)
        #expect(found.map(\.problem) == [.outsideReferenceInSite("高市府行國字第11030123400號",
                                                                 at: SourceLocation(path: spring1 + "venue-rules.md", line: 5, column: 9))])
    }

    @Test func aNoticeCannotCorrectItself() throws {
        let fixture = try fixture([spring2 + "fix.md": notice("更正", number: "N-FIX", date: "2021-01-19", "corrects: N-FIX\n")])
        #expect(diagnostics(fixture).map(\.problem) == [.referenceToItself(field: "corrects")])
    }

    @Test func correctionsInACircleAreRefusedOnce() throws {
        let fixture = try fixture([
            spring2 + "a.md": notice("A", number: "N-A", date: "2021-01-19", "corrects: N-B\n"),
            spring2 + "b.md": notice("B", number: "N-B", date: "2021-01-19", "corrects: N-A\n"),
        ])
        let found = diagnostics(fixture)
        #expect(found.map(\.problem) == [.correctionCycle(["N-A", "N-B", "N-A"])])
        #expect(found.first?.location.path == spring2 + "a.md")
    }

    @Test func aCorrectionDatedBeforeWhatItCorrectsIsRefused() throws {
        let fixture = try fixture([spring1 + "fix.md": notice("更正", number: "N-FIX", date: "2021-01-03",
                                                              "corrects: \"高市府行國字第11030123400號\"\n")])
        #expect(diagnostics(fixture).map(\.problem) == [
            .referenceToLaterNotice(field: "corrects", number: "高市府行國字第11030123400號",
                                    date: try #require(CivilDate(iso: "2021-01-04")), own: try #require(CivilDate(iso: "2021-01-03"))),
        ])
    }

    @Test func aRegulationAlreadyRepealedCannotBeAmendedOrRepealedAgain() throws {
        let fixture = try fixture([
            spring1 + "venue-rules.md": notice("訂定", number: "高市府行國字第11030123400號", date: "2021-01-04", "regulation: venue\n"),
            spring2 + "repeal.md": notice("廢止", number: "N-REPEAL", date: "2021-01-18",
                                          "regulation: venue\nrepeals: \"高市府行國字第11030123400號\"\n"),
            spring2 + "amend.md": notice("修正", number: "N-AMEND", date: "2021-01-19",
                                         "regulation: venue\namends: \"高市府行國字第11030123400號\"\n"),
            spring2 + "again.md": notice("再廢止", number: "N-AGAIN", date: "2021-01-19",
                                         "repeals: \"高市府行國字第11030123400號\"\n"),
        ])
        let found = diagnostics(fixture).sortedByLocation
        let repealed = Diagnostic(.changeOfRepealedRegulation(number: "N-REPEAL", date: try #require(CivilDate(iso: "2021-01-18")),
                                                              at: SourceLocation(path: spring2 + "repeal.md", line: 5, column: 9)),
                                  at: SourceLocation(path: "x"))
        #expect(found.map(\.problem) == [repealed.problem, repealed.problem])
        #expect(found.map(\.location.path) == [spring2 + "again.md", spring2 + "amend.md"])
    }

    @Test func aCommentDeadlineBeforePublicationIsRefused() throws {
        // The issue is published on 2021-01-20.
        let fixture = try fixture([spring2 + "draft.md": notice("預告", number: "N-D", date: "2021-01-15",
                                                                "comments:\n  until: 2021-01-19\n", category: "announcements")])
        let found = diagnostics(fixture)
        #expect(found.map(\.problem) == [.commentDeadlineBeforePublication(try #require(CivilDate(iso: "2021-01-19")),
                                                                           publication: try #require(CivilDate(iso: "2021-01-20")))])
        #expect(found.first?.location == SourceLocation(path: spring2 + "draft.md", line: 8, column: 3))
    }

    @Test func anEffectiveDateBeforeTheDocumentNeedsRetroactive() throws {
        let early = try fixture([spring2 + "order.md": notice("令", number: "N-O", date: "2021-01-15", "effective: 2021-01-01\n")])
        let found = diagnostics(early)
        #expect(found.map(\.problem) == [.effectiveBeforeDate(try #require(CivilDate(iso: "2021-01-01")),
                                                              date: try #require(CivilDate(iso: "2021-01-15")))])
        #expect(found.first?.location == SourceLocation(path: spring2 + "order.md", line: 7, column: 12))
        let retroactive = try fixture([spring2 + "order.md": notice("令", number: "N-O", date: "2021-01-15",
                                                                    "effective: 2021-01-01\nretroactive: true\n")])
        #expect(diagnostics(retroactive).isEmpty)
    }

    @Test func malformedLifecycleKeysSayWhatWouldBeRight() throws {
        let fixture = try fixture([
            spring2 + "a.md": notice("A", number: "N-A", date: "2021-01-19", "regulation: nowhere\n"),
            spring2 + "b.md": notice("B", number: "N-B", date: "2021-01-19", "comments:\n  until: 2021-02-01\n  days: 3\n"),
            spring2 + "c.md": notice("C", number: "N-C", date: "2021-01-19", "comments:\n  to: 法制局\n"),
            spring2 + "d.md": notice("D", number: "N-D", date: "2021-01-19", "retroactive: true\n"),
            spring2 + "e.md": notice("E", number: "N-E", date: "2021-01-19", "corrects: [N-A, N-B]\n"),
            spring2 + "f.md": notice("F", number: "N-F", date: "2021-01-19", "comments:\n  days: 3\n  counting: weekdays\n"),
        ])
        let found = diagnostics(fixture).sortedByLocation.map(\.problem)
        #expect(found == [
            .unknownRegulation("nowhere", valid: ["venue"]),
            .commentPeriodWithTwoLengths,
            .commentPeriodWithoutLength,
            .retroactiveWithoutEffective,
            .wrongType(field: "corrects", expected: "one document number: a correction corrects one notice"),
            .wrongType(field: "counting", expected: "next-day (刊登公報之次日起) or same-day (刊登公報之日起)"),
        ])
    }

    @Test func serviceRuleNeedsItsBasis() throws {
        let fixture = try Fixture.valid()
        try fixture.write("Content/site.yml", Fixture.siteYAML
            .replacingOccurrences(of: "    name: 公示送達\n", with: "    name: 公示送達\n    serviceTakesEffectAfterDays: 20\n"))
        let found = diagnostics(fixture)
        #expect(found.map(\.problem) == [.missingField("serviceBasis", in: "a category with serviceTakesEffectAfterDays")])
    }
}
