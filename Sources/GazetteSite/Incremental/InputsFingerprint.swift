import Foundation
import GazetteContent
import GazetteTemplates

/// What every output file depends on besides the notices: the gazette binary itself, the build
/// options, the templates, and every content file that is not a notice or an attachment
/// (site.yml, issue.yml, plans). A change to any of them makes every job's key change.
enum InputsFingerprint {
    static let cacheFormat = "gazette-build-cache-1"

    static func of(options: BuildOptions, baseURL: String, templates: TemplateSet) -> UInt64 {
        var hasher = FingerprintHasher()
        hasher.combine(cacheFormat)
        hasher.combine(ExecutableIdentity.current)
        hasher.combine(options.includeDrafts ? 1 : 0)
        hasher.combine(baseURL)
        hasher.combine(templates.fingerprint)
        combineSettingsFiles(under: options.content, into: &hasher)
        return hasher.value
    }

    /// Notices (`gazette/<issue>/*.md`) and attachments (folders inside an issue) have
    /// fingerprints of their own; everything else in the content folder is hashed here.
    private static func combineSettingsFiles(under root: URL, into hasher: inout FingerprintHasher) {
        var paths: [String] = []
        try? TreeCloner.walk(root.path) { path, isFolder in
            guard !isFolder, !isNoticeOrAttachment(path) else { return }
            paths.append(path)
        }
        for path in paths.sorted() {
            hasher.combine(path)
            hasher.combine(FileManager.default.contents(atPath: root.path + "/" + path).map { [UInt8]($0) } ?? [])
        }
    }

    /// `gazette/<issue>/<name>.md`, or anything deeper in an issue folder. Tested on bytes: this runs
    /// for each of the content folder's files, ten thousand and more.
    private static func isNoticeOrAttachment(_ path: String) -> Bool {
        let bytes = path.utf8
        guard bytes.starts(with: "gazette/".utf8) else { return false }
        let rest = bytes.dropFirst("gazette/".utf8.count)
        guard let slash = rest.firstIndex(of: UInt8(ascii: "/")) else { return false }
        let inIssue = rest[rest.index(after: slash)...]
        return inIssue.contains(UInt8(ascii: "/")) || path.hasSuffix(".md")
    }
}
