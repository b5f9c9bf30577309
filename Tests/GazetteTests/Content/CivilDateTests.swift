import GazetteContent
import Testing

struct CivilDateTests {
    @Test func parsesRealDatesOnly() {
        #expect(CivilDate(iso: "2021-03-05")?.iso == "2021-03-05")
        #expect(CivilDate(iso: "2020-02-29") != nil)
        #expect(CivilDate(iso: "2021-02-29") == nil)
        #expect(CivilDate(iso: "2021-02-30") == nil)
        #expect(CivilDate(iso: "2021-13-01") == nil)
        #expect(CivilDate(iso: "2021-3-5") == nil)
        #expect(CivilDate(iso: "2021/03/05") == nil)
        #expect(CivilDate(iso: "１２３４-05-06") == nil)
    }

    @Test func formatsInTheROCCalendar() throws {
        let date = try #require(CivilDate(iso: "2021-03-05"))
        #expect(date.rocYear == 110)
        #expect(date.rocLong == "中華民國110年3月5日")
        #expect(date.rocShort == "110/03/05")
        #expect(date.rfc3339 == "2021-03-05T00:00:00+08:00")
    }
}
