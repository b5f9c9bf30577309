import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One headless LibreOffice process for a batch of documents: starting LibreOffice costs more
/// than converting a notice. It runs with a profile of its own, so that it neither waits
/// for a LibreOffice the user has open nor leaves settings behind.
struct LibreOffice {
    let executable: String

    /// The packages a PDF build needs, for the message that says how to install them.
    static let packages = "libreoffice-writer-nogui fonts-cns11643-sung fonts-cns11643-kai fonts-liberation2"

    /// `soffice` on the PATH.
    static func find() -> LibreOffice? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/soffice"
            if access(candidate, X_OK) == 0 { return LibreOffice(executable: candidate) }
        }
        return nil
    }

    /// Converts `names` (files in `input`) into `output`, in order. LibreOffice prints a line as
    /// it starts storing each one; when no line comes for `stallLimit` seconds it has hung, and
    /// it is stopped. Returns how it ended; which documents were made is for the caller to see.
    func convert(_ names: [String], from input: URL, to output: URL, profile: URL, stallLimit: Int) throws(PDFConversionError)
        -> (status: Int32, stalled: Bool, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.currentDirectoryURL = input
        // Dates in UTC, the one form `PDFPinning` rewrites (LibreOffice writes local time otherwise),
        // and fonts that fall back on Taiwan's faces.
        let fonts = profile.appendingPathExtension("fonts.conf")
        do {
            try FileManager.default.createDirectory(at: profile.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(FontFallback.configuration.utf8).write(to: fonts)
        } catch {
            throw .cannotStart("its font configuration cannot be written: \(error)")
        }
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "UTC"
        environment["FONTCONFIG_FILE"] = fonts.path
        process.environment = environment
        process.arguments = ["--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                             "-env:UserInstallation=\(profile.absoluteString)",
                             "--convert-to", PDFExportSettings.filter, "--outdir", output.path] + names
        let lastWord = LastWord()
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardOutput = standardOutput
        process.standardError = standardError
        process.standardInput = FileHandle.nullDevice
        standardOutput.fileHandleForReading.readabilityHandler = { handle in lastWord.saw(handle.availableData) }
        let errors = Collected()
        standardError.fileHandleForReading.readabilityHandler = { handle in errors.append(handle.availableData) }
        do {
            try process.run()
        } catch {
            throw .cannotStart(String(describing: error))
        }
        var stalled = false
        while process.isRunning {
            usleep(100_000)
            if lastWord.secondsSince > Double(stallLimit) {
                stalled = true
                stop(process, profile: profile)
                break
            }
        }
        process.waitUntilExit()
        standardOutput.fileHandleForReading.readabilityHandler = nil
        standardError.fileHandleForReading.readabilityHandler = nil
        return (process.terminationStatus, stalled, errors.text)
    }

    /// The process started is a launcher whose child does the work: every process started with
    /// this batch's private profile is stopped.
    private func stop(_ process: Process, profile: URL) {
        process.terminate()
        let marker = profile.absoluteString
        let processes = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in processes {
            guard let pid = Int32(entry), pid != getpid(),
                  let commandLine = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"),
                  String(decoding: commandLine, as: UTF8.self).contains(marker) else { continue }
            kill(pid, SIGKILL)
        }
    }
}

/// When LibreOffice last said something: every document it stores is a line on its output.
private final class LastWord: @unchecked Sendable {
    private let lock = NSLock()
    private var last = Date()

    func saw(_ data: Data) {
        guard !data.isEmpty else { return }
        lock.lock()
        last = Date()
        lock.unlock()
    }

    var secondsSince: Double {
        lock.lock()
        defer { lock.unlock() }
        return Date().timeIntervalSince(last)
    }
}

/// What LibreOffice wrote on its error output, the end of it kept for the message.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = Data()

    func append(_ data: Data) {
        lock.lock()
        bytes.append(data)
        if bytes.count > 8192 { bytes = bytes.suffix(4096) }
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
