/// Chinese numerals as ordinals are printed in government documents: 一、 … 十一、 … 二十、.
public enum ChineseNumeral {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, for 1…9999; other values in Arabic digits.
    public static func text(_ value: Int) -> String {
        guard (1...9999).contains(value) else { return String(value) }
        if (10...19).contains(value) { return "十" + (value == 10 ? "" : digits[value - 10]) }
        let units = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
        var result = ""
        var pendingZero = false
        for (unit, name) in units {
            let digit = value / unit % 10
            if digit == 0 {
                pendingZero = !result.isEmpty
                continue
            }
            if pendingZero { result += "零" }
            pendingZero = false
            result += digits[digit] + name
        }
        return result
    }

    /// The ordinal of summary point `value`: 一、.
    public static func ordinal(_ value: Int) -> String { text(value) + "、" }
}
