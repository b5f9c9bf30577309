import Mustache

/// A fixed set of named texts for templates that can be shared across threads and pages,
/// which a `[String: Any]` dictionary cannot.
public struct TemplateStrings: Sendable, MustacheParent {
    public let values: [String: String]

    public init(_ values: [String: String]) {
        self.values = values
    }

    public func child(named name: String) -> Any? { values[name] }
}
