import Foundation
import GazetteSite

/// The PDFs of one build: told which must be made, it converts their ODF documents in as few
/// LibreOffice runs as LibreOffice allows (`chunks`), pins each result (see `PDFPinning`) and
/// hands them to their jobs.
final class PDFConversion: OutputBatch, @unchecked Sendable {
    /// The ODF each PDF is converted from, both as paths in the output.
    private let sources: [String: String]
    private let lock = NSLock()
    private var folder: URL?
    private var work: URL?
    private var made: [String: URL] = [:]
    private var batches = 0

    /// Seconds without a word from LibreOffice after which it is taken to hang: it prints a line
    /// per document, and an issue of a hundred notices converts in well under a minute.
    static var stallLimit: Int {
        ProcessInfo.processInfo.environment["GAZETTE_PDF_TIMEOUT"].flatMap(Int.init).map { max(1, $0) } ?? 300
    }

    init(sources: [String: String]) {
        self.sources = sources
    }

    deinit {
        if let work { try? FileManager.default.removeItem(at: work) }
    }

    func prepare(_ paths: [String], reading folder: URL) throws {
        lock.lock()
        defer { lock.unlock() }
        self.folder = folder
        guard !paths.isEmpty else { return }
        try convert(paths, reading: folder)
    }

    /// The pinned PDF at `path`; made now, alone, when the batch did not make it (its published
    /// copy vanished after the batch had decided to reuse it).
    func pdf(for path: String) throws -> Data {
        let file = try takeFile(for: path)
        defer { try? FileManager.default.removeItem(at: file) }
        return try Data(contentsOf: file)
    }

    /// Under the lock only the bookkeeping: the jobs read their files side by side.
    private func takeFile(for path: String) throws -> URL {
        lock.lock()
        defer { lock.unlock() }
        if made[path] == nil, let folder { try convert([path], reading: folder) }
        guard let file = made.removeValue(forKey: path) else {
            throw BuildError.jobFailed(path: path, "no PDF was made for it")
        }
        return file
    }

    private func convert(_ paths: [String], reading folder: URL) throws {
        guard let office = LibreOffice.find() else {
            throw BuildError.missingProgram("pdf: true in site.yml needs LibreOffice (soffice), which is not on the PATH; "
                + "install it with `sudo apt-get install \(LibreOffice.packages)`, or set pdf: false")
        }
        let work = try workFolder()
        batches += 1
        let batch = work.appendingPathComponent(String(batches))
        let input = batch.appendingPathComponent("i"), output = batch.appendingPathComponent("o")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let names = paths.indices.map { String(format: "%06d.odt", $0) }
        let stamps = try zip(paths, names).map { path, name in
            let odfPath = odf(of: path)
            let odf = try Data(contentsOf: folder.appendingPathComponent(odfPath))
            try odf.write(to: input.appendingPathComponent(name))
            do {
                return try ODFFacts.stamp(of: odf)
            } catch {
                throw BuildError.jobFailed(path: odfPath, String(describing: error))
            }
        }
        let chunks = Self.chunks(of: names.count)
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: chunks.count) { number in
            let chunk = chunks[number]
            let run: (status: Int32, stalled: Bool, errors: String)
            do {
                run = try office.convert(chunk.map { names[$0] }, from: input, to: output,
                                         profile: work.appendingPathComponent("profile-\(number)"), stallLimit: Self.stallLimit)
            } catch {
                failures.record(.jobFailed(path: odf(of: paths[chunk[0]]), String(describing: error)), at: chunk[0])
                return
            }
            for index in chunk {
                let path = paths[index]
                let pdf = output.appendingPathComponent(String(format: "%06d.pdf", index))
                guard let bytes = FileManager.default.contents(atPath: pdf.path), bytes.starts(with: Array("%PDF-".utf8)) else {
                    let reason: PDFConversionError = run.stalled
                        ? .stalled(seconds: Self.stallLimit) : .noOutput(exitStatus: run.status, detail: Self.lastLine(of: run.errors))
                    failures.record(.jobFailed(path: odf(of: path), reason.description), at: index)
                    return
                }
                do {
                    try Data(try PDFPinning.pin(Array(bytes), with: stamps[index])).write(to: pdf)
                } catch {
                    failures.record(.jobFailed(path: path, String(describing: error)), at: index)
                    return
                }
            }
        }
        if let failure = failures.first { throw failure }
        for (index, path) in paths.enumerated() {
            made[path] = output.appendingPathComponent(String(format: "%06d.pdf", index))
        }
        try? FileManager.default.removeItem(at: input)
    }

    private func odf(of path: String) -> String { sources[path] ?? path }

    /// The documents in runs of LibreOffice: LibreOffice 7.4 reads about 256 arguments and
    /// silently drops the rest, exiting with status 0 (measured: 246 documents after 7 other
    /// arguments, whether their names were 10 or 60 characters long). A run takes 200, and the
    /// runs share the cores.
    static let documentsPerRun = 200

    private static func chunks(of count: Int) -> [[Int]] {
        stride(from: 0, to: count, by: documentsPerRun).map { Array($0..<min($0 + documentsPerRun, count)) }
    }

    private func workFolder() throws -> URL {
        if let work { return work }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gz-" + UUID().uuidString.prefix(8).lowercased())
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        work = folder
        return folder
    }

    /// LibreOffice's last complaint, without the warning every headless run without Java prints.
    private static func lastLine(of errors: String) -> String {
        errors.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .last { !$0.isEmpty && !$0.contains("javaldx") } ?? ""
    }
}

/// The first failure in document order, whichever run met it first.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var earliest: (index: Int, error: BuildError)?

    func record(_ error: BuildError, at index: Int) {
        lock.lock()
        if earliest.map({ index < $0.index }) ?? true { earliest = (index, error) }
        lock.unlock()
    }

    var first: BuildError? {
        lock.lock()
        defer { lock.unlock() }
        return earliest?.error
    }
}
