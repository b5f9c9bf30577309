import Mustache

/// A text with its address, as templates read a notice's agency, category, issue, tags and
/// neighbours: `{{name}}` or `{{title}}` (whichever `textKey` says) and `{{url}}`.
public struct TemplateLink: Sendable, MustacheParent {
    public let textKey: String
    public let text: String
    public let url: String

    public init(_ textKey: String, _ text: String, url: String) {
        self.textKey = textKey
        self.text = text
        self.url = url
    }

    public func child(named name: String) -> Any? {
        if name == "url" { return url }
        return name == textKey ? text : nil
    }
}
