/// The value of a number written in Chinese numerals (十一, 一百零五, 二十) or digits.
public enum ChineseNumber {
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "零", "〇": return 0
        case "一": return 1
        case "二", "兩": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        case "十": return 10
        case "百": return 100
        case "千": return 1000
        default: return nil
        }
    }

    /// Nil when the text is no number, or one too large for an Int: an article number is at
    /// most 40 characters, room for more digits than an Int holds.
    public static func value(_ text: Substring) -> Int? {
        var total = 0
        var digit: Int?
        var sawAny = false
        for scalar in text.unicodeScalars {
            if let arabic = arabicValue(scalar) {
                let (shifted, overflowed) = total.multipliedReportingOverflow(by: 10)
                guard !overflowed, shifted <= Int.max - arabic else { return nil }
                total = shifted + arabic
                sawAny = true
                continue
            }
            guard let value = digitValue(scalar) else { return nil }
            sawAny = true
            if value >= 10 {
                guard total <= Int.max - 9 * value else { return nil }
                total += (digit ?? 1) * value
                digit = nil
            } else {
                digit = value
            }
        }
        return sawAny ? total + (digit ?? 0) : nil
    }

    private static func arabicValue(_ scalar: Unicode.Scalar) -> Int? {
        if ("0"..."9").contains(scalar) { return Int(scalar.value - 48) }
        if ("０"..."９").contains(scalar) { return Int(scalar.value - 0xFF10) }
        return nil
    }
}
