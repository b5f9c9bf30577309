import Foundation
import GazetteContent
import ZIPFoundation

/// What a PDF takes from the ODF it is converted from: the date and language in its meta.xml
/// (dated by content, never by the build) and an identifier from its bytes.
enum ODFFacts {
    static func stamp(of odf: Data) throws(PDFConversionError) -> PinnedStamp {
        let meta: String
        do {
            let archive = try Archive(data: odf, accessMode: .read)
            guard let entry = archive["meta.xml"] else { throw PDFConversionError.notADocument("it has no meta.xml") }
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            meta = String(decoding: bytes, as: UTF8.self)
        } catch let error as PDFConversionError {
            throw error
        } catch {
            throw .notADocument(String(describing: error))
        }
        guard let date = element("meta:creation-date", in: meta), date.count >= 10,
              let year = Int(date.prefix(4)), let month = Int(date.dropFirst(5).prefix(2)), let day = Int(date.dropFirst(8).prefix(2))
        else { throw .notADocument("its meta.xml has no meta:creation-date") }
        var identifier: [UInt8] = []
        odf.withUnsafeBytes { bytes in
            for seed in [UInt64(1), UInt64(2)] {
                var hasher = FingerprintHasher()
                hasher.combine(seed)
                hasher.combine(bytes)
                identifier += withUnsafeBytes(of: hasher.value.bigEndian, Array.init)
            }
        }
        return PinnedStamp(year: year, month: month, day: day, identifier: identifier,
                           language: element("dc:language", in: meta) ?? "zh-TW")
    }

    /// The text of the first `<name>…</name>` in meta.xml, which Gazette wrote without
    /// attributes or markup inside these elements.
    private static func element(_ name: String, in xml: String) -> String? {
        guard let open = xml.range(of: "<\(name)>"), let close = xml.range(of: "</\(name)>", range: open.upperBound..<xml.endIndex)
        else { return nil }
        return String(xml[open.upperBound..<close.lowerBound])
    }
}
