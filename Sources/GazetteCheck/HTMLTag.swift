/// One start tag of an HTML page, with its attribute values already decoded.
public struct HTMLTag: Sendable, Hashable {
    public var name: String
    public var attributes: [HTMLAttribute]
    /// 1-based line of the tag's '<' in the page.
    public var line: Int

    public init(name: String, attributes: [HTMLAttribute], line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }

    /// The value of the first attribute with this (lowercase) name; HTML ignores later duplicates.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

public struct HTMLAttribute: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
