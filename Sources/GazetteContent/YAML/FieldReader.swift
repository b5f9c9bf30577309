import Yams

/// Reads the fields of one YAML mapping, collecting every problem instead of stopping at the first.
public struct FieldReader {
    let mapping: Node.Mapping
    let source: YAMLText
    let mark: Mark?
    public private(set) var diagnostics: [Diagnostic] = []

    init(mapping: Node.Mapping, source: YAMLText, mark: Mark?) {
        self.mapping = mapping
        self.source = source
        self.mark = mark
    }

    /// Where the mapping itself starts: the place to report a missing field.
    public var location: SourceLocation { source.location(of: mark) }

    public func location(of key: String) -> SourceLocation {
        for (keyNode, value) in mapping where keyNode.string == key {
            return source.location(of: value.mark ?? keyNode.mark)
        }
        return location
    }

    public func node(_ key: String) -> Node? {
        for (keyNode, value) in mapping where keyNode.string == key { return value }
        return nil
    }

    public mutating func report(_ problem: ContentProblem, at location: SourceLocation) {
        diagnostics.append(Diagnostic(problem, at: location))
    }

    public mutating func rejectUnknownKeys(allowed: [String]) {
        for (keyNode, _) in mapping {
            let key = keyNode.string ?? "\(keyNode)"
            if !allowed.contains(key) {
                report(.unknownField(key, valid: allowed), at: source.location(of: keyNode.mark))
            }
        }
    }

    /// A scalar's text as written; YAML's own typing (numbers, timestamps) is ignored on purpose,
    /// since document numbers and dates must keep the digits the editor typed.
    public mutating func string(_ key: String, required: Bool, in container: String) -> String? {
        guard let value = node(key), !isNull(value) else {
            if required { report(.missingField(key, in: container), at: location) }
            return nil
        }
        guard case .scalar(let scalar) = value else {
            report(.wrongType(field: key, expected: "a single text value"), at: source.location(of: value.mark))
            return nil
        }
        let text = scalar.string.trimmingWhitespace
        if text.isEmpty {
            report(.emptyValue(field: key), at: source.location(of: value.mark))
            return nil
        }
        return text
    }

    public mutating func bool(_ key: String) -> Bool? {
        guard let value = node(key), !isNull(value) else { return nil }
        guard case .scalar(let scalar) = value, let flag = ["true": true, "false": false][scalar.string] else {
            report(.wrongType(field: key, expected: "true or false"), at: source.location(of: value.mark))
            return nil
        }
        return flag
    }

    public mutating func date(_ key: String, required: Bool, in container: String) -> CivilDate? {
        guard let text = string(key, required: required, in: container) else { return nil }
        guard let date = CivilDate(iso: text) else {
            report(.invalidDate(text), at: location(of: key))
            return nil
        }
        return date
    }

    public mutating func stringList(_ key: String) -> [(String, SourceLocation)] {
        guard let value = node(key), !isNull(value) else { return [] }
        guard case .sequence(let sequence) = value else {
            report(.wrongType(field: key, expected: "a list, e.g. \(key): [場地管理, 行政中心]"), at: source.location(of: value.mark))
            return []
        }
        var items: [(String, SourceLocation)] = []
        for element in sequence {
            guard case .scalar(let scalar) = element, !scalar.string.trimmingWhitespace.isEmpty else {
                report(.wrongType(field: key, expected: "a list of non-empty text values"), at: source.location(of: element.mark))
                continue
            }
            items.append((scalar.string.trimmingWhitespace, source.location(of: element.mark)))
        }
        return items
    }

    /// One text value or a list of them, e.g. a joint notice's `agency: [moe, moj]`.
    public mutating func stringOrList(_ key: String, required: Bool, in container: String) -> [(String, SourceLocation)] {
        guard let value = node(key), !isNull(value) else {
            if required { report(.missingField(key, in: container), at: location) }
            return []
        }
        if case .sequence = value {
            let items = stringList(key)
            if items.isEmpty { report(.emptyValue(field: key), at: source.location(of: value.mark)) }
            return items
        }
        return string(key, required: required, in: container).map { [($0, location(of: key))] } ?? []
    }

    /// Each element of a list of mappings, as its own reader; problems of the elements are merged by the caller.
    public mutating func mappingList(_ key: String, required: Bool, in container: String) -> [FieldReader] {
        guard let value = node(key), !isNull(value) else {
            if required { report(.missingField(key, in: container), at: location) }
            return []
        }
        guard case .sequence(let sequence) = value else {
            report(.wrongType(field: key, expected: "a list of entries, each starting with '- '"), at: source.location(of: value.mark))
            return []
        }
        var readers: [FieldReader] = []
        for element in sequence {
            guard case .mapping(let mapping) = element else {
                report(.wrongType(field: key, expected: "a list of 'key: value' entries"), at: source.location(of: element.mark))
                continue
            }
            readers.append(FieldReader(mapping: mapping, source: source, mark: element.mark))
        }
        return readers
    }

    public mutating func absorb(_ other: FieldReader) {
        diagnostics += other.diagnostics
    }

    private func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
