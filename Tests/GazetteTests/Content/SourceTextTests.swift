import Foundation
@testable import GazetteContent
import Testing

struct SourceTextTests {
    @Test func acceptsByteOrderMarkAndCRLF() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("a: 1\r\nb: 2\r\n".utf8)
        let text = try SourceText.decode(data, path: "x.yml").get()
        #expect(text == "a: 1\nb: 2\n")
    }

    @Test func pointsAtTheFirstInvalidByte() {
        let data = Data("title: ok\n標題: ".utf8) + Data([0xB0, 0xAA])
        guard case .failure(let diagnostic) = SourceText.decode(data, path: "big5.md") else {
            Issue.record("Big5 bytes were accepted as UTF-8")
            return
        }
        #expect(diagnostic.description == "big5.md:2:5: error: \(ContentProblem.notUTF8.message)")
    }

    @Test func rejectsOverlongAndSurrogateEncodings() {
        #expect(SourceText.firstInvalidUTF8Offset([0x41, 0xC0, 0x80]) == 1)
        #expect(SourceText.firstInvalidUTF8Offset([0xED, 0xA0, 0x80]) == 0)
        #expect(SourceText.firstInvalidUTF8Offset(Array("中文".utf8)) == nil)
    }
}
