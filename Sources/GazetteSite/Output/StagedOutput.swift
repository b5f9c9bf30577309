import CGazetteSystem
import Foundation

/// The output folder is replaced in one step at the end of a build: everything is written to a
/// staging folder beside it first, so an error or a kill mid-build leaves the previous site intact.
struct StagedOutput {
    static let markerName = ".gazette"
    static let markerText = "This folder is written by `gazette build` and replaced on every build.\n"

    let target: URL
    let staging: URL

    init(target: URL) {
        self.target = target.standardizedFileURL
        staging = self.target.deletingLastPathComponent()
            .appendingPathComponent(".\(self.target.lastPathComponent).gazette-staging")
    }

    /// Refuses to take over a folder gazette did not write: replacing it would delete someone's files.
    func prepare() throws(BuildError) {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: target.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .outputNotAFolder(target.path) }
            let entries = (try? files.contentsOfDirectory(atPath: target.path)) ?? []
            if !entries.isEmpty && !entries.contains(Self.markerName) {
                throw .outputNotOurs(target.path)
            }
        }
        removeStaging()
        // Writing into a folder someone else left there would publish their files with the site.
        if files.fileExists(atPath: staging.path) { throw .cannotWrite(staging.path, "a folder gazette did not leave is in the way; remove it") }
        do {
            try files.createDirectory(at: staging, withIntermediateDirectories: true)
            try Data(Self.markerText.utf8).write(to: staging.appendingPathComponent(Self.markerName))
        } catch {
            throw .cannotWrite(staging.path, error.localizedDescription)
        }
    }

    func commit() throws(BuildError) {
        let files = FileManager.default
        if files.fileExists(atPath: target.path) {
            guard gazette_exchange_paths(staging.path, target.path) == 0 else {
                throw .cannotWrite(target.path, String(cString: strerror(errno)))
            }
        } else {
            do {
                try files.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try files.moveItem(at: staging, to: target)
            } catch {
                throw .cannotWrite(target.path, error.localizedDescription)
            }
        }
        removeStaging()
    }

    /// Only ever a folder this type created: its name is ours and it carries our marker.
    func removeStaging() {
        let files = FileManager.default
        guard files.fileExists(atPath: staging.appendingPathComponent(Self.markerName).path)
            || ((try? files.contentsOfDirectory(atPath: staging.path))?.isEmpty ?? false) else { return }
        // The marker goes last: a build killed while removing leaves a folder that is still known as ours.
        for entry in (try? files.contentsOfDirectory(atPath: staging.path)) ?? [] where entry != Self.markerName {
            try? files.removeItem(at: staging.appendingPathComponent(entry))
        }
        try? files.removeItem(at: staging)
    }
}
