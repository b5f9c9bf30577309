/// The column names of the tables real gazettes compare a new text with the old one in:
/// 修正條文｜現行條文, 修正名稱｜現行名稱, 修正規定｜現行規定, 修正後給付規定｜原給付規定,
/// 更正後文字｜原列文字. A table of a new regulation's 條文｜說明, or a form whose first column
/// is not the new text, is data.
enum ComparisonColumns {
    /// Every column needs a name a `columns:` line can hold: not empty, without `|`.
    static func pairsNewWithOld(_ names: [String]) -> Bool {
        guard names.count >= 2, names.allSatisfy({ !compact($0).isEmpty && !$0.contains("|") }) else { return false }
        let new = compact(names[0])
        let old = compact(names[1])
        let isNew = new.hasPrefix("修正") || new.hasPrefix("更正後")
        let isOld = old.hasPrefix("現行") || old.hasPrefix("原") || old.hasPrefix("更正前")
        return isNew && isOld && new.count <= 12 && old.count <= 12
    }

    private static func compact(_ name: String) -> String {
        String(name.filter { !($0 == " " || $0 == "\u{3000}" || $0 == "\u{00A0}") })
    }
}
