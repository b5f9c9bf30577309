import Foundation
import GazetteSite

/// The PDFs of one build: told which must be made, it converts their ODF documents in one
/// LibreOffice run, pins each result (see `PDFPinning`) and hands them to their jobs.
final class PDFConversion: OutputBatch, @unchecked Sendable {
    /// The ODF each PDF is converted from, both as paths in the output.
    private let sources: [String: String]
    private let lock = NSLock()
    private var folder: URL?
    private var work: URL?
    private var made: [String: URL] = [:]

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
        lock.lock()
        defer { lock.unlock() }
        if made[path] == nil, let folder { try convert([path], reading: folder) }
        guard let file = made.removeValue(forKey: path) else {
            throw BuildError.jobFailed(path: path, "no PDF was made for it")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        return try Data(contentsOf: file)
    }

    private func convert(_ paths: [String], reading folder: URL) throws {
        guard let office = LibreOffice.find() else {
            throw BuildError.missingProgram("pdf: true in site.yml needs LibreOffice (soffice), which is not on the PATH; "
                + "install it with `sudo apt-get install \(LibreOffice.packages)`, or set pdf: false")
        }
        let work = try workFolder()
        let batch = work.appendingPathComponent(UUID().uuidString)
        let input = batch.appendingPathComponent("in"), output = batch.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        var names: [String] = []
        var stamps: [PinnedStamp] = []
        for (index, path) in paths.enumerated() {
            let odfPath = sources[path] ?? path
            let odf = try Data(contentsOf: folder.appendingPathComponent(odfPath))
            do {
                stamps.append(try ODFFacts.stamp(of: odf))
            } catch {
                throw BuildError.jobFailed(path: odfPath, error.description)
            }
            let name = String(format: "%06d.odt", index)
            try odf.write(to: input.appendingPathComponent(name))
            names.append(name)
        }
        let run: (status: Int32, stalled: Bool, errors: String)
        do {
            run = try office.convert(names, from: input, to: output, profile: work.appendingPathComponent("profile"),
                                     stallLimit: Self.stallLimit)
        } catch {
            throw BuildError.jobFailed(path: sources[paths[0]] ?? paths[0], error.description)
        }
        for (index, path) in paths.enumerated() {
            let pdf = output.appendingPathComponent(String(format: "%06d.pdf", index))
            let odfPath = sources[path] ?? path
            guard let bytes = FileManager.default.contents(atPath: pdf.path), bytes.starts(with: Array("%PDF-".utf8)) else {
                let reason: PDFConversionError = run.stalled
                    ? .stalled(seconds: Self.stallLimit) : .noOutput(exitStatus: run.status, detail: Self.lastLine(of: run.errors))
                throw BuildError.jobFailed(path: odfPath, reason.description)
            }
            do {
                let pinned = try PDFPinning.pin(Array(bytes), with: stamps[index])
                try Data(pinned).write(to: pdf)
            } catch let error as PDFPinningError {
                throw BuildError.jobFailed(path: path, error.description)
            }
            made[path] = pdf
        }
        try? FileManager.default.removeItem(at: input)
    }

    private func workFolder() throws -> URL {
        if let work { return work }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-pdf-\(getpid())-\(UUID().uuidString)")
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
