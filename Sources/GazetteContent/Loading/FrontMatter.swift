/// A notice file cut in two: the YAML between the `---` lines, and the Markdown body after them.
public struct FrontMatter: Sendable {
    public var yaml: YAMLText
    public var body: String
    public var bodyLine: Int

    /// Works on the UTF-8 bytes: splitting a 10,000-notice corpus into Character lines and
    /// joining them again took most of the loading time.
    public static func split(_ text: String, path: String) -> Result<FrontMatter, Diagnostic> {
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < bytes.endIndex || (lineStart == bytes.endIndex && lineNumber == 1) {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let next = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : bytes.endIndex
            let isFenceLine = isFence(bytes[lineStart..<lineEnd])
            if lineNumber == 1 {
                guard isFenceLine else { return .failure(Diagnostic(.missingFrontMatter, at: SourceLocation(path: path))) }
                yamlStart = next
            } else if isFenceLine, let yamlStart {
                // The newline before the closing fence belongs to neither part.
                let yamlEnd = yamlStart < lineStart ? bytes.index(before: lineStart) : yamlStart
                return .success(FrontMatter(yaml: YAMLText(path: path, text: String(text[yamlStart..<yamlEnd]), firstLine: 2),
                                            body: String(text[next...]), bodyLine: lineNumber + 1))
            }
            if lineEnd == bytes.endIndex { break }
            lineStart = next
            lineNumber += 1
        }
        return .failure(Diagnostic(.unclosedFrontMatter, at: SourceLocation(path: path)))
    }

    private static func isFence(_ line: Substring.UTF8View) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { trimmed = trimmed.dropLast() }
        return trimmed.elementsEqual("---".utf8)
    }
}
