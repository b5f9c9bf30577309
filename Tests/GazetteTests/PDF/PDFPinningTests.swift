import Foundation
import Testing
@testable import GazettePDF

/// Pinning on PDFs laid out as LibreOffice lays them out, made here object by object so that
/// two of them can differ in nothing but the moment of conversion.
struct PDFPinningTests {
    private let stamp = PinnedStamp(year: 2021, month: 6, day: 16, identifier: Array(0..<16), language: "zh-TW")

    @Test func twoConversionsOfOneDocumentPinToTheSameBytes() throws {
        let first = try PDFPinning.pin(pdf(convertedAt: (2026, 12, 2, 2, 4, 47)), with: stamp)
        let second = try PDFPinning.pin(pdf(convertedAt: (2027, 1, 30, 23, 59, 9)), with: stamp)
        #expect(first == second)
        #expect(try PDFPinning.pin(first, with: stamp) == first, "pinning a pinned file changes nothing")
    }

    @Test func everyDateBecomesTheDocumentsAndTheCrossReferencesStillPointAtTheirObjects() throws {
        let pinned = try PDFPinning.pin(pdf(convertedAt: (2026, 12, 2, 2, 4, 47)), with: stamp)
        let text = String(decoding: pinned, as: UTF8.self)
        #expect(text.contains("/CreationDate(D:20210616000000Z')"))
        #expect(text.contains("<xmp:CreateDate>2021-06-16T00:00:00Z</xmp:CreateDate>"))
        #expect(text.contains("<dc:language>\n    <rdf:Bag>\n     <rdf:li>zh-TW</rdf:li>"))
        #expect(!text.contains("2026"))
        #expect(text.contains("/ID [ <000102030405060708090A0B0C0D0E0F>\n<000102030405060708090A0B0C0D0E0F> ]"))
        let layout = try PDFLayout(pinned)
        for number in 1..<layout.offsets.count {
            let start = try #require(layout.offsets[number])
            #expect(pinned[start...].starts(with: Array("\(number) 0 obj".utf8)), "object \(number)")
        }
        let profile = try layout.streamData(4)
        let inflated = try #require(Deflate.inflate(pinned[profile.data]))
        #expect(Array(inflated[24..<36]) == stamp.iccDate)
        #expect(String(decoding: pinned[profile.length], as: UTF8.self) == String(profile.data.count))
    }

    @Test func aPacketWithoutPaddingOrAnUnknownLayoutIsReported() throws {
        var broken = try pdf(convertedAt: (2026, 12, 2, 2, 4, 47))
        broken.removeLast(30)
        #expect(throws: PDFPinningError.self) { try PDFPinning.pin(broken, with: stamp) }
    }

    // MARK: A PDF as LibreOffice writes one

    private func pdf(convertedAt time: (Int, Int, Int, Int, Int, Int)) throws -> [UInt8] {
        let digits = { (value: Int, width: Int) in String(format: "%0\(width)d", value) }
        let pdfDate = digits(time.0, 4) + digits(time.1, 2) + digits(time.2, 2) + digits(time.3, 2) + digits(time.4, 2) + digits(time.5, 2)
        let xmpDate = "\(digits(time.0, 4))-\(digits(time.1, 2))-\(digits(time.2, 2))T\(digits(time.3, 2)):\(digits(time.4, 2)):\(digits(time.5, 2))Z"
        var profile = [UInt8](repeating: 7, count: 3144)
        profile.replaceSubrange(36..<40, with: Array("acsp".utf8))
        profile.replaceSubrange(24..<36, with: [time.0, time.1, time.2, time.3, time.4, time.5].flatMap { [UInt8($0 >> 8), UInt8($0 & 255)] })
        let packed = try #require(Deflate.deflate(profile))
        let xmp = "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
            + "   <dc:title>\n    <rdf:Alt>\n     <rdf:li xml:lang=\"x-default\">公報</rdf:li>\n    </rdf:Alt>\n   </dc:title>\n"
            + "  </rdf:Description>\n  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
            + "   <xmp:CreateDate>\(xmpDate)</xmp:CreateDate>\n  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n"
            + String(repeating: String(repeating: " ", count: 100) + "\n", count: 4) + "<?xpacket end=\"w\"?>"
        var bytes = Array("%PDF-1.6\n%\u{E4}\u{FC}\n".utf8)
        var offsets: [Int] = []
        func object(_ body: [UInt8]) {
            offsets.append(bytes.count)
            bytes += Array("\(offsets.count) 0 obj\n".utf8) + body + Array("\nendobj\n\n".utf8)
        }
        object(Array("<</Type/Catalog/Pages 2 0 R/OutputIntents[3 0 R]/Metadata 6 0 R/Lang(zh-TW)>>".utf8))
        object(Array("<</Type/Pages/Kids[]/Count 0>>".utf8))
        object(Array("<</Type/OutputIntent/S/GTS_PDFA1/DestOutputProfile 4 0 R>>".utf8))
        object(Array("<</N 3/Length 5 0 R/Filter/FlateDecode>>\nstream\n".utf8) + packed + Array("\nendstream".utf8))
        object(Array(String(packed.count).utf8))
        object(Array("<</Type/Metadata/Subtype/XML/Length \(xmp.utf8.count)>>\nstream\n\(xmp)\nendstream".utf8))
        object(Array("<</Producer(LibreOffice 7.4)/CreationDate(D:\(pdfDate)Z')>>".utf8))
        let table = bytes.count
        bytes += Array("xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { bytes += Array((digits(offset, 10) + " 00000 n \n").utf8) }
        let checksum = String(repeating: String(pdfDate.suffix(1)), count: 32)
        let identifier = String(repeating: String(pdfDate.suffix(2)), count: 16)
        bytes += Array(("trailer\n<</Size \(offsets.count + 1)/Root 1 0 R\n/Info 7 0 R\n/ID [ <\(identifier)>\n<\(identifier)> ]\n"
            + "/DocChecksum /\(checksum)\n>>\nstartxref\n\(table)\n%%EOF\n").utf8)
        return bytes
    }
}
