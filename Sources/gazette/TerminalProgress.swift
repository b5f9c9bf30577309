import Foundation
import GazetteSite

/// A progress bar on a terminal; one plain line per phase otherwise, so logs stay readable.
final class TerminalProgress: BuildObserver, @unchecked Sendable {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var phase = ""
    private var total = 0
    private var done = 0
    private var drawnPercent = -1

    func phaseStarted(_ name: String, jobCount: Int) {
        lock.lock()
        defer { lock.unlock() }
        phase = name
        total = jobCount
        done = 0
        drawnPercent = -1
        if !isTerminal && jobCount > 0 { write("\(name): \(Thousands.format(jobCount)) files\n") }
    }

    func jobsFinished(_ count: Int) {
        lock.lock()
        defer { lock.unlock() }
        done += count
        guard isTerminal, total > 0 else { return }
        let percent = done * 100 / total
        guard percent != drawnPercent else { return }
        drawnPercent = percent
        let width = 30
        let filled = width * done / total
        write("\r[\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(percent)% \(phase)\u{1B}[K")
    }

    func finish() {
        if isTerminal { write("\r\u{1B}[K") }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
