/// The printed markers of legal numbering at the start of a line, ranked by depth:
/// 一、 (1) → （一） (2) → 1、 or １、 (3) → (1) or （１） (4).
struct LegalMarker: Equatable {
    var text: String
    var rank: Int
    /// Characters of the line taken by the marker and the spaces after it.
    var length: Int

    static func find(at start: Substring) -> LegalMarker? {
        var scalars = start.unicodeScalars[...]
        var marker = String.UnicodeScalarView()
        let rank: Int
        if let open = scalars.first, open == "(" || open == "（" {
            marker.append(open)
            scalars = scalars.dropFirst()
            let (digits, isChinese) = numeral(&scalars)
            guard !digits.isEmpty, let close = scalars.first, close == ")" || close == "）" else { return nil }
            marker.append(contentsOf: digits)
            marker.append(close)
            scalars = scalars.dropFirst()
            rank = isChinese ? 2 : 4
        } else {
            let (digits, isChinese) = numeral(&scalars)
            guard !digits.isEmpty, let mark = scalars.first, mark == "、" || (!isChinese && mark == "．") else { return nil }
            marker.append(contentsOf: digits)
            marker.append(mark)
            scalars = scalars.dropFirst()
            rank = isChinese ? 1 : 3
        }
        let markerLength = marker.count
        var spaces = 0
        while let next = scalars.first, isSpace(Character(next)) {
            scalars = scalars.dropFirst()
            spaces += 1
        }
        return LegalMarker(text: String(marker), rank: rank, length: markerLength + spaces)
    }

    /// Chinese numerals, or ASCII or full-width digits, but not a mixture; at most four, since
    /// nothing is numbered past 九十九 and a longer run is a year or an amount.
    private static func numeral(_ scalars: inout Substring.UnicodeScalarView.SubSequence) -> (String.UnicodeScalarView, Bool) {
        var digits = String.UnicodeScalarView()
        var isChinese: Bool?
        while let scalar = scalars.first, digits.count < 4 {
            let chinese = ChineseNumber.digitValue(scalar) != nil
            let arabic = ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
            guard chinese || arabic, isChinese == nil || isChinese == chinese else { break }
            isChinese = chinese
            digits.append(scalar)
            scalars = scalars.dropFirst()
        }
        return (digits, isChinese ?? false)
    }
}
