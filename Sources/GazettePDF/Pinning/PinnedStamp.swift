/// What a pinned PDF says about when and what it is: its ODF's date instead of the moment of
/// conversion, and an identifier from its ODF's bytes.
struct PinnedStamp: Sendable, Hashable {
    var year: Int
    var month: Int
    var day: Int
    /// 16 bytes; the same ODF gives the same identifier.
    var identifier: [UInt8]
    /// The language written into the XMP packet as dc:language.
    var language: String

    /// `D:20210616000000`'s digits.
    var pdfDigits: String { digits(year, 4) + digits(month, 2) + digits(day, 2) + "000000" }
    /// `2021-06-16T00:00:00Z`, as LibreOffice writes XMP dates.
    var xmpDate: String { "\(digits(year, 4))-\(digits(month, 2))-\(digits(day, 2))T00:00:00Z" }
    /// An ICC profile header's dateTimeNumber: six big-endian 16-bit fields.
    var iccDate: [UInt8] {
        [year, month, day, 0, 0, 0].flatMap { [UInt8(($0 >> 8) & 0xFF), UInt8($0 & 0xFF)] }
    }

    private func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
