import CGazetteSystem
import GazetteContent
import Foundation

/// The published output folder and a spare copy of it in the cache folder beside it
/// (`.<output>.gazette-cache/site`). A build brings the spare up to date, writing only the files
/// that differ, then swaps it with the output in one rename: an error or a kill midway leaves
/// the published site untouched, and the folder swapped out becomes the next build's spare.
final class OutputTrees {
    static let markerName = ".gazette"
    static let markerText = "This folder is written by `gazette build` and replaced on every build.\n"

    /// What the build starts from.
    struct Base {
        /// The published folder's manifest, when the cache describes it: its files can be reused.
        var published: OutputManifest?
        /// What the spare holds; `nil` when unknown (every file is written, strays are swept).
        var spare: OutputManifest?
        var warnings: [String] = []
    }

    let target: URL
    let cacheFolder: URL
    let spare: URL
    private let stateFile: URL
    private var state = BuildState()
    private var targetIdentity: TreeIdentity?
    private var spareIdentity: TreeIdentity?
    private var lockDescriptor: Int32 = -1

    init(target: URL) {
        self.target = target.standardizedFileURL
        cacheFolder = self.target.deletingLastPathComponent().appendingPathComponent(".\(self.target.lastPathComponent).gazette-cache")
        spare = cacheFolder.appendingPathComponent("site")
        stateFile = cacheFolder.appendingPathComponent("state")
    }

    /// Refuses to take over a folder gazette did not write: replacing it would delete someone's files.
    func prepare(clean: Bool) throws(BuildError) -> Base {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: target.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .outputNotAFolder(target.path) }
            let entries = (try? files.contentsOfDirectory(atPath: target.path)) ?? []
            if !entries.isEmpty && !entries.contains(Self.markerName) { throw .outputNotOurs(target.path) }
        }
        if files.fileExists(atPath: spare.path) && !isOurs(spare) {
            // Writing into a folder someone else left there would publish their files with the site.
            throw .cannotWrite(spare.path, "a folder gazette did not leave is in the way; remove it")
        }
        try lock()
        var base = Base()
        if clean {
            removeSpare()
            try? files.removeItem(at: stateFile)
        } else if let data = files.contents(atPath: stateFile.path) {
            let bytes = [UInt8](data)
            do {
                state = try BuildState(bytes: bytes)
            } catch {
                if !BuildState.isOtherFormat(bytes) {
                    base.warnings.append("warning: the build cache '\(stateFile.path)' is unreadable; building every file again")
                }
                removeSpare()
                try? files.removeItem(at: stateFile)
            }
        }
        targetIdentity = isOurs(target) ? TreeIdentity(of: target) : nil
        base.published = targetIdentity.flatMap { state.trees[$0] }
        do {
            try files.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
            if let identity = TreeIdentity(of: spare) {
                base.spare = state.trees[identity]
            } else {
                // The marker first: a build killed while cloning leaves a folder still known as ours.
                try files.createDirectory(at: spare, withIntermediateDirectories: false)
                try Data(Self.markerText.utf8).write(to: spare.appendingPathComponent(Self.markerName))
                base.spare = OutputManifest()
                if var published = base.published {
                    // What is really there: a file removed from the output by hand is made again.
                    let linked = try TreeCloner.linkCopy(of: target, to: spare, except: [Self.markerName])
                    published.filter { linked.contains($0) }
                    base.spare = published
                }
            }
        } catch {
            removeSpare()
            throw .cannotWrite(spare.path, (error as? POSIXError).map { String(cString: strerror($0.code.rawValue)) }
                               ?? error.localizedDescription)
        }
        spareIdentity = TreeIdentity(of: spare)
        // From here the spare is being rewritten: until commit, the cache must not describe it.
        if let spareIdentity, state.trees.removeValue(forKey: spareIdentity) != nil {
            try saveState()
        }
        if let targetIdentity, base.published == nil { state.trees.removeValue(forKey: targetIdentity) }
        return base
    }

    /// Records the spare's new manifest, then swaps it in.
    func commit(_ manifest: OutputManifest) throws(BuildError) {
        guard let spareIdentity else { return }
        state.trees = state.trees.filter { $0.key == targetIdentity }
        state.trees[spareIdentity] = manifest
        try saveState()
        let files = FileManager.default
        if targetIdentity != nil || files.fileExists(atPath: target.path) {
            guard gazette_exchange_paths(spare.path, target.path) == 0 else {
                throw .cannotWrite(target.path, String(cString: strerror(errno)))
            }
            // The folder swapped out is kept as the next spare only if the cache knows what it holds.
            if targetIdentity.map({ state.trees[$0] == nil }) ?? true { removeSpare() }
        } else {
            do {
                try files.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try files.moveItem(at: spare, to: target)
            } catch {
                throw .cannotWrite(target.path, error.localizedDescription)
            }
        }
    }

    deinit {
        if lockDescriptor >= 0 { close(lockDescriptor) }
    }

    /// Two builds into one output (a `serve` and a `build`, say) would write the same spare.
    private func lock() throws(BuildError) {
        do {
            try FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(cacheFolder.path, error.localizedDescription)
        }
        lockDescriptor = open(cacheFolder.appendingPathComponent("lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lockDescriptor >= 0 else { throw .cannotWrite(cacheFolder.path, String(cString: strerror(errno))) }
        guard flock(lockDescriptor, LOCK_EX | LOCK_NB) == 0 else {
            throw .cannotWrite(target.path, "another gazette build is writing this output folder; wait for it to finish")
        }
    }

    /// After a failed build the spare is half-written: it goes, so that it does not keep a full
    /// disk full, and the cache forgets it.
    func abandon() {
        removeSpare()
    }

    private func saveState() throws(BuildError) {
        do {
            try FolderListing.replace(stateFile.path, with: state.bytes, via: cacheFolder.appendingPathComponent("state.new").path)
        } catch {
            throw .cannotWrite(stateFile.path, error.localizedDescription)
        }
    }

    private func isOurs(_ folder: URL) -> Bool {
        let files = FileManager.default
        return files.fileExists(atPath: folder.appendingPathComponent(Self.markerName).path)
            || ((try? files.contentsOfDirectory(atPath: folder.path))?.isEmpty ?? false)
    }

    /// Only ever a folder this type created: its name is ours and it carries our marker.
    func removeSpare() {
        let files = FileManager.default
        guard files.fileExists(atPath: spare.path), isOurs(spare) else { return }
        // The marker goes last: a build killed while removing leaves a folder that is still known as ours.
        for entry in (try? files.contentsOfDirectory(atPath: spare.path)) ?? [] where entry != Self.markerName {
            try? files.removeItem(at: spare.appendingPathComponent(entry))
        }
        try? files.removeItem(at: spare)
    }
}
