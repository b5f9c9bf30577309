import Foundation

/// The output folder as the server sees it: a request path resolves to a regular file whose real
/// path (symbolic links followed) is still inside the folder, or to nothing.
struct SiteFolder: Sendable {
    enum Lookup: Equatable {
        case file(path: String)
        /// `/x` names a folder: the browser must ask for `/x/` so relative links resolve.
        case folderWithoutSlash
        case missing
    }

    let root: URL

    func lookup(_ request: RequestPath) -> Lookup {
        // Resolved on every request: a rebuild swaps a new folder in under the same name.
        guard let realRoot = Self.realPath(root.path) else { return .missing }
        let candidate = ([realRoot] + request.segments).joined(separator: "/")
        guard let real = Self.realPath(candidate), isInside(real, realRoot) else { return .missing }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory) else { return .missing }
        guard isDirectory.boolValue else { return request.endsWithSlash ? .missing : .file(path: real) }
        guard request.endsWithSlash || request.segments.isEmpty else { return .folderWithoutSlash }
        guard let index = Self.realPath(real + "/index.html"), isInside(index, realRoot),
              FileManager.default.fileExists(atPath: index, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return .missing
        }
        return .file(path: index)
    }

    private func isInside(_ path: String, _ realRoot: String) -> Bool {
        path == realRoot || path.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
