@testable import GazetteODF
import GazetteContent
import Testing

struct PackageTests {
    @Test func entryTimesAreNoonUTCOfTheContentDate() throws {
        let date = try #require(CivilDate(year: 2021, month: 3, day: 5))
        #expect(ODFPackage.timestamp(date).timeIntervalSince1970 == 1_614_945_600)
        #expect(ODFPackage.daysSinceEpoch(try #require(CivilDate(year: 1970, month: 1, day: 1))) == 0)
        #expect(ODFPackage.daysSinceEpoch(try #require(CivilDate(year: 2000, month: 3, day: 1))) == 11_017)
    }

    @Test func theSameDocumentGivesTheSameBytes() throws {
        let date = try #require(CivilDate(year: 2021, month: 1, day: 6))
        func make() throws -> [UInt8] {
            var document = TextDocument(metadata: DocumentMetadata(title: "測試", date: date))
            document.heading("標題", level: 1)
            document.paragraph("內文", style: StyleName.textBody)
            return Array(try document.package())
        }
        let first = try make()
        #expect(first == (try make()))
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(Array(first[30..<38]) == Array("mimetype".utf8))
    }

    @Test func spreadsheetColumnsAreNamedLikeSpreadsheets() {
        #expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(Sheet.columnName) == ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"])
        #expect(Sheet.reference(column: 2, row: 5) == "[.C5]")
    }
}
