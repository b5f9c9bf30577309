import Mustache

/// One `<meta name content>` of a page's head.
public struct MetaElement: Sendable, Hashable, MustacheParent {
    public var name: String
    public var content: String

    public init(_ name: String, _ content: String) {
        self.name = name
        self.content = content
    }

    public func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "content": content
        default: nil
        }
    }
}
