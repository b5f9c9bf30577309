import Yams

/// A YAML text cut out of an editor's file, remembering where in that file it starts,
/// so every message points at the editor's line, not the snippet's.
public struct YAMLText: Sendable {
    public var path: String
    public var text: String
    /// Line of the file on which the YAML text's first line stands.
    public var firstLine: Int

    public init(path: String, text: String, firstLine: Int = 1) {
        self.path = path
        self.text = text
        self.firstLine = firstLine
    }

    func location(of mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: firstLine, column: 1) }
        return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    /// Parses the text as a mapping of fields; `what` names it in messages ("site.yml", "front matter").
    public func fields(describedAs what: String) -> Result<FieldReader, Diagnostic> {
        if let position = AliasScan.firstAnchorOrAlias(in: text) {
            return .failure(Diagnostic(.yamlAliasesNotAllowed,
                                       at: SourceLocation(path: path, line: position.line + firstLine - 1, column: position.column)))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error))
        } catch {
            return .failure(Diagnostic(.malformedYAML("\(error)"), at: location(of: nil)))
        }
        guard let root else {
            return .success(FieldReader(mapping: Node.Mapping([]), source: self, mark: nil))
        }
        guard case .mapping(let mapping) = root else {
            return .failure(Diagnostic(.notAMapping(what: what), at: location(of: root.mark)))
        }
        return .success(FieldReader(mapping: mapping, source: self, mark: root.mark))
    }

    private func indentsWithTab(line: Int) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.indices.contains(line - 1) else { return false }
        return lines[line - 1].prefix { $0 == " " || $0 == "\t" }.contains("\t")
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var detail = [problem, context.map { "\($0.text) at line \($0.mark.line + firstLine - 1)" }]
                .compactMap { $0 }.joined(separator: ", ")
            if indentsWithTab(line: mark.line) { detail += "; indent with spaces: YAML does not allow tabs for indentation" }
            return Diagnostic(.malformedYAML(detail), at: location(of: mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(.malformedYAML("duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")); each field may appear once"),
                              at: location(of: context.mark))
        case .reader(let problem, _, _, _):
            return Diagnostic(.malformedYAML(problem), at: location(of: nil))
        default:
            return Diagnostic(.malformedYAML("\(error)"), at: location(of: nil))
        }
    }
}
