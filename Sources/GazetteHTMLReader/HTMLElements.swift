/// How the reader treats each element of real exports, by name.
enum HTMLElements {
    /// Never text: their content is code, style or metadata.
    static let skipped: Set<String> = [
        "script", "style", "head", "title", "meta", "link", "noscript", "iframe", "frame", "frameset",
        "object", "embed", "applet", "form", "input", "button", "select", "option", "textarea",
        "template", "svg", "math", "canvas", "audio", "video", "map", "area", "xml",
    ]

    /// Elements that end the paragraph before them and start a new one.
    static let blocks: Set<String> = [
        "p", "div", "center", "blockquote", "address", "section", "article", "header", "footer", "aside", "nav",
        "main", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "body", "html", "fieldset", "figure", "figcaption",
    ]

    static let headings: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]

    /// Schemes of links kept as links; any other link keeps only its text.
    static func isKeptLink(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("mailto:")
    }

    /// A list, but not legal numbering (`<ol class="legal">`), which is read as paragraphs whose
    /// printed markers make it legal numbering again.
    static func isMarkdownList(_ node: HTMLNode) -> Bool {
        (node.name == "ol" || node.name == "ul") && !(node.attribute("class") ?? "").split(separator: " ").contains("legal")
    }

    /// A table Word drew with borders holds data; a borderless one (and the
    /// `summary="本期公報內容表格"` wrapper) only lays the page out.
    static func isDataTable(_ node: HTMLNode) -> Bool {
        guard let border = node.attribute("border"),
              let width = Int(String(border.filter { $0 != " " && $0 != "\t" })) else { return false }
        return width > 0
    }
}
