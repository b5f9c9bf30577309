import Foundation
import GazetteContent

/// Decides, for each job, whether its file can be taken from the published site (same key),
/// needs no write at all (the spare already holds the same bytes), or must be written; and
/// records the new manifest as it goes.
final class OutputPlacer: @unchecked Sendable {
    private let writer: OutputWriter
    private let published: OutputManifest?
    private let spare: OutputManifest?
    private let lock = NSLock()
    private var made = OutputManifest()
    private(set) var producedCount = 0
    private(set) var writtenCount = 0

    init(writer: OutputWriter, published: OutputManifest?, spare: OutputManifest?) {
        self.writer = writer
        self.published = published
        self.spare = spare
    }

    /// The new output as far as it is written.
    var folder: URL { writer.root }

    var manifest: OutputManifest {
        lock.lock()
        defer { lock.unlock() }
        return made
    }

    /// The job's key, with the fingerprint of its source as this build made it; zero (make it
    /// again) when the job has no key or its source was not made.
    func key(of job: OutputJob) -> UInt64 {
        guard let key = job.key?() else { return 0 }
        guard let source = job.source else { return key }
        lock.lock()
        let fingerprint = made[source]?.fingerprint
        lock.unlock()
        guard let fingerprint else { return 0 }
        var hasher = FingerprintHasher()
        hasher.combine(key)
        hasher.combine(fingerprint)
        return hasher.value
    }

    func canReuse(_ job: OutputJob) -> Bool {
        let key = key(of: job)
        return key != 0 && published?[job.path]?.key == key
    }

    func place(_ job: OutputJob) throws {
        let key = key(of: job)
        var entry: OutputManifest.Entry?
        if key != 0, let old = published?[job.path], old.key == key {
            entry = old
            if spare?[job.path]?.fingerprint != old.fingerprint {
                do {
                    try writer.linkPublished(job.path)
                    count(written: true, produced: false)
                } catch let error as POSIXError where error.code == .ENOENT {
                    entry = nil  // someone removed it from the published site: make it again
                }
            }
        }
        if entry == nil {
            entry = try Self.withBytes(of: job.produce()) { bytes in
                let fingerprint = ContentHash.of(bytes)
                let unchanged = spare.map { $0[job.path]?.fingerprint == fingerprint } ?? false
                if !unchanged { try writer.write(bytes, to: job.path) }
                count(written: !unchanged, produced: true)
                return OutputManifest.Entry(key: key, fingerprint: fingerprint, byteCount: bytes.count)
            }
        }
        lock.lock()
        made.record(entry!, at: job.path)
        lock.unlock()
        job.finished?(entry!.byteCount)
    }

    /// Removes from the spare whatever the new site does not have.
    func sweep() throws {
        let current = manifest
        if let spare {
            for path in spare.paths(missingFrom: current) { writer.remove(path) }
            return
        }
        var strays: [String] = []
        try TreeCloner.walk(writer.root.path) { path, isFolder in
            if !isFolder && path != OutputTrees.markerName && current[path] == nil { strays.append(path) }
        }
        for path in strays { writer.remove(path) }
        var folders: [String] = []
        try TreeCloner.walk(writer.root.path) { path, isFolder in if isFolder { folders.append(path) } }
        for folder in folders.reversed() { rmdir(writer.root.path + "/" + folder) }
    }

    private func count(written: Bool, produced: Bool) {
        lock.lock()
        if written { writtenCount += 1 }
        if produced { producedCount += 1 }
        lock.unlock()
    }

    /// The bytes a job made, however it made them; a copied file is read once.
    private static func withBytes<Result>(of body: OutputJob.Body,
                                          _ use: (UnsafeRawBufferPointer) throws -> Result) throws -> Result {
        switch body {
        case .text(var text): return try text.withUTF8 { try use(UnsafeRawBufferPointer($0)) }
        case .data(let data): return try data.withUnsafeBytes(use)
        case .copy(let source): return try Data(contentsOf: URL(fileURLWithPath: source)).withUnsafeBytes(use)
        }
    }
}
