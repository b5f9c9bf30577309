/// Thrown when the input has errors: carries all of them, not only the first.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// Enough to fix a batch of mistakes without flooding the terminal.
    public static let reportLimit = 50

    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sortedByLocation
    }

    public var description: String {
        let errors = diagnostics.filter { $0.severity == .error }
        var lines = diagnostics.prefix(Self.reportLimit).map(\.description)
        if diagnostics.count > Self.reportLimit {
            lines.append("… and \(diagnostics.count - Self.reportLimit) more")
        }
        lines.append("\(errors.count) error\(errors.count == 1 ? "" : "s")")
        return lines.joined(separator: "\n")
    }
}
