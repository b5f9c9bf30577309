/// One problem found in the input, tied to the place an editor has to fix.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var location: SourceLocation
    public var severity: Severity
    public var problem: ContentProblem

    public init(_ problem: ContentProblem, at location: SourceLocation, severity: Severity = .error) {
        self.location = location
        self.severity = severity
        self.problem = problem
    }

    public var description: String { "\(location): \(severity.rawValue): \(problem.message)" }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file and position so that two runs print the same report.
    public var sortedByLocation: [Diagnostic] {
        sorted { ($0.location, $0.problem.message) < ($1.location, $1.problem.message) }
    }
}
