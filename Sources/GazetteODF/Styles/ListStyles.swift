import Foundation

/// The list styles: decimal numbers, bullets, and the Chinese ordinals 一、二、 that printed
/// plans use for their summary points.
enum ListStyles {
    static var all: String {
        numbered(StyleName.numberedList, format: { _ in "1" }, suffix: { _ in "." })
            + bullets
            + numbered(StyleName.chineseNumberedList, format: { $0 == 1 ? "一, 二, 三, ..." : "1" },
                       suffix: { $0 == 1 ? "、" : "." })
    }

    private static func position(_ level: Int) -> String {
        let step = 0.75
        let indent = String(format: "%.2fcm", step * Double(level))
        return "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
            + "<style:list-level-label-alignment text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"\(indent)\""
            + " fo:text-indent=\"-\(String(format: "%.2fcm", step))\" fo:margin-left=\"\(indent)\"/>"
            + "</style:list-level-properties>"
    }

    private static func numbered(_ name: String, format: (Int) -> String, suffix: (Int) -> String) -> String {
        var xml = "<text:list-style style:name=\"\(name)\" style:display-name=\"\(name.replacingOccurrences(of: "_20_", with: " "))\">"
        for level in 1...10 {
            xml += "<text:list-level-style-number text:level=\"\(level)\" style:num-suffix=\"\(suffix(level))\" style:num-format=\"\(format(level))\">"
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
