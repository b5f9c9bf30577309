import Foundation
import GazetteContent
import Mustache

/// The templates and static assets of a site: the compiled-in defaults, overridden file by file
/// by a user's templates folder.
public struct TemplateSet: Sendable {
    public let library: MustacheLibrary
    /// Files under `assets/`, by path relative to it, copied to the output as they are.
    public let assets: [String: Data]
    /// Changes whenever any template or asset changes: a cache key for incremental builds.
    public let fingerprint: String

    /// The defaults alone.
    public static func defaults() throws(DiagnosticError) -> TemplateSet {
        try load(overrides: nil, displayPath: "Templates")
    }

    /// - Parameters:
    ///   - folder: a user's templates folder; `nil` for the defaults alone.
    ///   - displayPath: how the folder is named in error messages.
    public static func load(overrides folder: URL?, displayPath: String) throws(DiagnosticError) -> TemplateSet {
        var sources: [String: (text: Data, path: String)] = [:]
        for (path, text) in DefaultTemplates.files {
            sources[path] = (Data(text.utf8), "<built-in>/\(path)")
        }
        if let folder {
            for path in files(in: folder) {
                if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) {
                    sources[path] = (data, displayPath.hasSuffix("/") ? displayPath + path : displayPath + "/" + path)
                }
            }
        }

        HTMLEscaping.registered
        var library = MustacheLibrary()
        var assets: [String: Data] = [:]
        var diagnostics: [Diagnostic] = []
        var hasher = FingerprintHasher()
        for path in sources.keys.sorted() {
            let (data, shownPath) = sources[path]!
            hasher.combine(path)
            hasher.combine(data)
            if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = data
                continue
            }
            guard path.hasSuffix(".mustache") else { continue }
            let text: String
            switch SourceText.decode(data, path: shownPath) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                continue
            case .success(let decoded):
                text = decoded
            }
            let name = String(path.split(separator: "/").last!.dropLast(".mustache".count))
            do {
                library.register(try MustacheTemplate(string: HTMLEscaping.pragma + text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(.templateSyntax("\(error.error)"),
                                              at: SourceLocation(path: shownPath, line: max(1, error.context.lineNumber - 1),
                                                                 column: error.context.columnNumber)))
            } catch {
                diagnostics.append(Diagnostic(.templateSyntax("\(error)"), at: SourceLocation(path: shownPath)))
            }
        }
        if diagnostics.hasErrors { throw DiagnosticError(diagnostics) }
        return TemplateSet(library: library, assets: assets, fingerprint: hasher.hexDigest)
    }

    /// Renders a page; every template the build asks for exists, since the defaults provide all of them.
    public func render(_ template: String, _ context: [String: Any]) -> String {
        render(template, object: context)
    }

    /// Renders with a prepared value as the whole context, for a partial rendered on its own.
    public func render(_ template: String, parent: some MustacheParent) -> String {
        render(template, object: parent)
    }

    private func render(_ template: String, object: Any) -> String {
        guard let output = library.render(object, withTemplate: template) else {
            preconditionFailure("template '\(template)' is missing from the built-in set")
        }
        return output
    }

    private static func files(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            var isDirectory: ObjCBool = false
            if !name.hasPrefix("."), FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}
