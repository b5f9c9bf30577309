/// Small builders for style definitions, so that the style sheets read as a list of styles
/// rather than as markup.
enum StyleXML {
    /// A paragraph or text style; `_20_` in a name is shown to the user as a space.
    static func style(_ name: String, family: String, parent: String? = nil, next: String? = nil,
                      styleClass: String? = nil, outlineLevel: Int? = nil, masterPage: String? = nil, dataStyle: String? = nil,
                      paragraph: String? = nil, tabStops: String? = nil, text: String? = nil, table: String? = nil,
                      cell: String? = nil, column: String? = nil) -> String {
        var xml = "<style:style style:name=\"\(name)\""
        if name.contains("_20_") {
            xml += " style:display-name=\"\(name.replacingOccurrences(of: "_20_", with: " "))\""
        }
        xml += " style:family=\"\(family)\""
        if let parent { xml += " style:parent-style-name=\"\(parent)\"" }
        if let next { xml += " style:next-style-name=\"\(next)\"" }
        if let masterPage { xml += " style:master-page-name=\"\(masterPage)\"" }
        if let dataStyle { xml += " style:data-style-name=\"\(dataStyle)\"" }
        if let outlineLevel { xml += " style:default-outline-level=\"\(outlineLevel)\"" }
        if let styleClass { xml += " style:class=\"\(styleClass)\"" }
        xml += ">"
        if let table { xml += "<style:table-properties \(table)/>" }
        if let column { xml += "<style:table-column-properties \(column)/>" }
        if let cell { xml += "<style:table-cell-properties \(cell)/>" }
        if let tabStops {
            xml += "<style:paragraph-properties \(paragraph ?? "")><style:tab-stops>\(tabStops)</style:tab-stops></style:paragraph-properties>"
        } else if let paragraph {
            xml += "<style:paragraph-properties \(paragraph)/>"
        }
        if let text { xml += "<style:text-properties \(text)/>" }
        return xml + "</style:style>"
    }

    static func paragraph(_ name: String, parent: String? = StyleName.standard, next: String? = nil,
                          styleClass: String = "text", outlineLevel: Int? = nil,
                          paragraph: String? = nil, tabStops: String? = nil, text: String? = nil) -> String {
        style(name, family: "paragraph", parent: parent, next: next, styleClass: styleClass,
              outlineLevel: outlineLevel, paragraph: paragraph, tabStops: tabStops, text: text)
    }

    static func text(_ name: String, _ properties: String) -> String {
        style(name, family: "text", text: properties)
    }

    /// The same weight, slant or size for Western, Asian and complex scripts.
    static func allScripts(weight: String? = nil, slant: String? = nil, size: String? = nil) -> String {
        var properties: [String] = []
        if let weight {
            properties.append("fo:font-weight=\"\(weight)\" style:font-weight-asian=\"\(weight)\" style:font-weight-complex=\"\(weight)\"")
        }
        if let slant {
            properties.append("fo:font-style=\"\(slant)\" style:font-style-asian=\"\(slant)\" style:font-style-complex=\"\(slant)\"")
        }
        if let size {
            properties.append("fo:font-size=\"\(size)\" style:font-size-asian=\"\(size)\" style:font-size-complex=\"\(size)\"")
        }
        return properties.joined(separator: " ")
    }

    static func fonts(western: String, asian: String) -> String {
        "style:font-name=\"\(western)\" style:font-name-asian=\"\(asian)\" style:font-name-complex=\"\(western)\""
    }
}
