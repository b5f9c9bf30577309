import GazetteContent

/// Why a build stopped, other than problems in the content itself.
public enum BuildError: Error, Sendable, CustomStringConvertible {
    case content(DiagnosticError)
    case outputOverlapsInput(output: String, input: String)
    case outputNotAFolder(String)
    case outputNotOurs(String)
    case missingFolder(String, what: String)
    case cannotWrite(String, String)
    case jobFailed(path: String, String)
    /// A program the site needs is not installed: what needs it and how to install it.
    case missingProgram(String)

    public var description: String {
        switch self {
        case .content(let error):
            return error.description
        case .outputOverlapsInput(let output, let input):
            return "error: output folder '\(output)' is, contains or is inside '\(input)'; choose an output folder apart from content and templates, e.g. Site"
        case .outputNotAFolder(let path):
            return "error: output path '\(path)' exists and is not a folder"
        case .outputNotOurs(let path):
            return "error: output folder '\(path)' is not empty and was not written by gazette; building would replace its files. Choose a new or empty folder"
        case .missingFolder(let path, let what):
            return "error: \(what) folder '\(path)' does not exist"
        case .cannotWrite(let path, let reason):
            return "error: cannot write '\(path)': \(reason); the previous output is unchanged"
        case .jobFailed(let path, let reason):
            return "error: could not produce '\(path)': \(reason); the previous output is unchanged"
        case .missingProgram(let message):
            return "error: \(message)"
        }
    }
}
