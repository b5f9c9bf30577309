/// Why the output folder could not be checked at all.
public enum LinkCheckError: Error, Sendable, CustomStringConvertible {
    case missingOutput(String)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .missingOutput(let path):
            return "error: output folder '\(path)' does not exist; run `gazette build` first, or give the built site with --output"
        case .unreadable(let path, let reason):
            return "error: cannot read '\(path)': \(reason)"
        }
    }
}
