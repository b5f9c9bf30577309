/// A schema.org node being put together: members are kept in the order set, and a member
/// without a value is left out, so every block is deterministic and has no empty properties.
public struct LinkedNode: Sendable {
    private(set) var members: [(String, JSONValue)] = []

    public init(type: String, id: String? = nil) {
        members.append(("@type", .string(type)))
        if let id { members.append(("@id", .string(id))) }
    }

    public mutating func set(_ key: String, _ value: String?) {
        if let value, !value.isEmpty { members.append((key, .string(value))) }
    }

    public mutating func set(_ key: String, _ value: JSONValue?) {
        guard let value else { return }
        if case .array(let items) = value, items.isEmpty { return }
        members.append((key, value))
    }

    public mutating func set(_ key: String, strings: [String]) {
        let values = strings.filter { !$0.isEmpty }
        if values.count == 1 { set(key, values[0]) } else { set(key, .array(values.map { .string($0) })) }
    }

    public var value: JSONValue { .object(members) }

    /// A reference to a node described elsewhere (in this graph or on another page).
    public static func reference(_ id: String) -> JSONValue { .object([("@id", .string(id))]) }
}
