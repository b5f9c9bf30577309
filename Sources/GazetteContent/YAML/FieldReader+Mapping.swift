import Yams

extension FieldReader {
    /// A nested mapping (such as a plan's `crosswalk:`) as its own reader; the caller merges its
    /// problems back with `absorb`.
    public mutating func mapping(_ key: String, required: Bool, in container: String) -> FieldReader? {
        guard let value = node(key), !Self.isEmptyScalar(value) else {
            if required { report(.missingField(key, in: container), at: location) }
            return nil
        }
        guard case .mapping(let mapping) = value else {
            report(.wrongType(field: key, expected: "a mapping of 'key: value' lines indented below '\(key):'"),
                   at: source.location(of: value.mark))
            return nil
        }
        return FieldReader(mapping: mapping, source: source, mark: value.mark)
    }

    private static func isEmptyScalar(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
