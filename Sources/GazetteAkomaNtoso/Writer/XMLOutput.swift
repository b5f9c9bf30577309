import GazetteSite

/// XML written in one pass, in document order. Element and attribute names are the writer's
/// own constants; every value and text passes through `XMLText` here, so no caller escapes.
struct XMLOutput {
    /// An attribute whose value is `nil` is left out.
    typealias Attributes = [(name: String, value: String?)]

    private(set) var xml: String

    init(capacity: Int = 4_096) {
        xml = ""
        xml.reserveCapacity(capacity)
    }

    /// Elements that hold only elements go on lines of their own; those holding text do not,
    /// since any white space added inside them would become part of the text.
    mutating func open(_ name: String, _ attributes: Attributes = [], breaksLine: Bool = true) {
        tag(name, attributes, closing: "")
        if breaksLine { xml += "\n" }
    }

    mutating func close(_ name: String, breaksLine: Bool = true) {
        xml += "</" + name + ">"
        if breaksLine { xml += "\n" }
    }

    mutating func empty(_ name: String, _ attributes: Attributes = [], breaksLine: Bool = true) {
        tag(name, attributes, closing: "/")
        if breaksLine { xml += "\n" }
    }

    /// An element holding text alone.
    mutating func element(_ name: String, _ attributes: Attributes = [], text: String) {
        open(name, attributes, breaksLine: false)
        self.text(text)
        close(name)
    }

    mutating func text(_ text: String) {
        XMLText.append(text, to: &xml)
    }

    /// Text the writer itself composes, such as the XML declaration.
    mutating func raw(_ markup: String) {
        xml += markup
    }

    var count: Int { xml.utf8.count }

    private mutating func tag(_ name: String, _ attributes: Attributes, closing: String) {
        xml += "<" + name
        for (attribute, value) in attributes {
            guard let value else { continue }
            xml += " " + attribute + "=\""
            XMLText.append(value, to: &xml)
            xml += "\""
        }
        xml += closing + ">"
    }
}
