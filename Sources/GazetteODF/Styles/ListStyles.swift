import Foundation

/// The list styles: decimal numbers, bullets, and the Chinese ordinals 一、二、 that printed
/// plans use for their summary points.
enum ListStyles {
    static var all: String {
        numbered(StyleName.numberedList, format: { _ in "1" }, suffix: { _ in "." })
            + bullets
            + chineseNumbered
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
