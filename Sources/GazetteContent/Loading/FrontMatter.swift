/// A notice file cut in two: the YAML between the `---` lines, and the Markdown body after them.
public struct FrontMatter: Sendable {
    public var yaml: YAMLText
    public var body: String
    public var bodyLine: Int

    public static func split(_ text: String, path: String) -> Result<FrontMatter, Diagnostic> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first) else {
            return .failure(Diagnostic(.missingFrontMatter, at: SourceLocation(path: path)))
        }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: isFence) else {
            return .failure(Diagnostic(.unclosedFrontMatter, at: SourceLocation(path: path)))
        }
        let yaml = lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: YAMLText(path: path, text: yaml, firstLine: 2),
                                    body: body, bodyLine: close + 3))
    }

    private static func isFence(_ line: Substring) -> Bool {
        var trimmed = line
        while trimmed.last == " " || trimmed.last == "\t" { trimmed = trimmed.dropLast() }
        return trimmed == "---"
    }
}
