import Foundation

/// The list styles: decimal numbers, bullets, the Chinese ordinals 一、二、 that printed
/// plans use for their summary points, and legal numbering, whose markers the text carries.
enum ListStyles {
    static var all: String {
        numbered(StyleName.numberedList, format: { _ in "1" }, suffix: { _ in "." })
            + bullets
            + chineseNumbered
            + (1...StyleName.maxLegalLevel).map(legal).joined()
    }

    /// How far each level of legal numbering hangs, in points of 12-point text: the width of
    /// its usual marker (一、, （一）, 1、, (1)), so that wrapped lines stand under the text.
    private static let legalHangs = [24, 36, 18, 18]

    /// Items of legal `level` sit under the text of the level above, wherever the list nests (a
    /// paragraph's list level counts nesting, not legal rank), and show no number of their own:
    /// the printed marker is the start of the paragraph, so it reads and copies as printed.
    private static func legal(_ level: Int) -> String {
        let name = StyleName.legalList(level)
        let hang = legalHangs[level - 1]
        let start = legalHangs.prefix(level - 1).reduce(0, +)
        var xml = "<text:list-style style:name=\"\(name)\" style:display-name=\"\(name.replacingOccurrences(of: "_20_", with: " "))\">"
        for nesting in 1...10 {
            xml += "<text:list-level-style-number text:level=\"\(nesting)\" style:num-format=\"\">"
                + "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
                + "<style:list-level-label-alignment text:label-followed-by=\"nothing\" fo:text-indent=\"-\(hang)pt\" fo:margin-left=\"\(start + hang)pt\"/>"
                + "</style:list-level-properties></text:list-level-style-number>"
        }
        return xml + "</text:list-style>"
    }

    /// The label, a tab, then the text, indented `step` per level.
    private static func position(_ level: Int, step: Double = 0.75) -> String {
        let indent = centimetres(step * Double(level))
        return "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
            + "<style:list-level-label-alignment text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"\(indent)\""
            + " fo:text-indent=\"-\(centimetres(step))\" fo:margin-left=\"\(indent)\"/>"
            + "</style:list-level-properties>"
    }

    private static func centimetres(_ value: Double) -> String { String(format: "%.2fcm", value) }

    private static func numbered(_ name: String, format: (Int) -> String, suffix: (Int) -> String) -> String {
        var xml = "<text:list-style style:name=\"\(name)\" style:display-name=\"\(name.replacingOccurrences(of: "_20_", with: " "))\">"
        for level in 1...10 {
            xml += "<text:list-level-style-number text:level=\"\(level)\" style:num-suffix=\"\(suffix(level))\" style:num-format=\"\(format(level))\">"
                + position(level) + "</text:list-level-style-number>"
        }
        return xml + "</text:list-style>"
    }

    /// 一、 then the text at once, as printed; wrapped lines hang two characters in. Labels vary
    /// in width (一、 to 二十一、), so a tab stop would leave uneven gaps.
    private static var chineseNumbered: String {
        var xml = "<text:list-style style:name=\"\(StyleName.chineseNumberedList)\" style:display-name=\"Numbering Chinese\">"
        xml += "<text:list-level-style-number text:level=\"1\" style:num-suffix=\"、\" style:num-format=\"一, 二, 三, ...\">"
            + "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
            + "<style:list-level-label-alignment text:label-followed-by=\"nothing\" fo:text-indent=\"-0.85cm\" fo:margin-left=\"0.85cm\"/>"
            + "</style:list-level-properties></text:list-level-style-number>"
        for level in 2...10 {
            xml += "<text:list-level-style-number text:level=\"\(level)\" style:num-suffix=\".\" style:num-format=\"1\">"
                + position(level) + "</text:list-level-style-number>"
        }
        return xml + "</text:list-style>"
    }

    private static var bullets: String {
        let characters = ["•", "◦", "▪"]
        var xml = "<text:list-style style:name=\"\(StyleName.bulletList)\" style:display-name=\"List 1\">"
        for level in 1...10 {
            xml += "<text:list-level-style-bullet text:level=\"\(level)\" text:bullet-char=\"\(characters[(level - 1) % 3])\">"
                + position(level) + "</text:list-level-style-bullet>"
        }
        return xml + "</text:list-style>"
    }
}
