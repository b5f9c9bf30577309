import Dispatch
import Foundation
import GazetteContent
import GazetteSite

/// Turns bursts of file events into one build each: an editor's save is several events, so a
/// build starts once nothing has changed for the debounce interval. Builds never overlap; a
/// change during a build schedules the next one.
public final class RebuildLoop: @unchecked Sendable {
    public typealias Build = @Sendable () -> Result<BuildReport, BuildError>

    private let build: Build
    private let channel: LiveReloadChannel
    private let debounce: DispatchTimeInterval
    private let log: @Sendable (String) -> Void
    private let queue = DispatchQueue(label: "gazette.rebuild")
    private let lock = NSLock()
    private var pending: DispatchWorkItem?

    public init(build: @escaping Build, channel: LiveReloadChannel, debounce: DispatchTimeInterval = .milliseconds(100),
                log: @escaping @Sendable (String) -> Void) {
        self.build = build
        self.channel = channel
        self.debounce = debounce
        self.log = log
    }

    /// Builds now, on the caller's thread; the result also sets what new pages are told.
    @discardableResult
    public func buildNow() -> BuildError? {
        switch build() {
        case .success(let report):
            log("built \(Thousands.format(report.pageCount)) pages in \(String(format: "%.2f", report.seconds)) s")
            for warning in report.warnings { log(warning) }
            channel.reload()
            return nil
        case .failure(let error):
            log(error.description)
            channel.report(errors: Self.lines(of: error))
            return error
        }
    }

    public func changed() {
        let item = DispatchWorkItem { [self] in buildNow() }
        lock.withLock {
            pending?.cancel()
            pending = item
        }
        queue.asyncAfter(deadline: .now() + debounce, execute: item)
    }

    /// One line per problem, `path:line:column: severity: message`, for the page overlay.
    static func lines(of error: BuildError) -> [String] {
        if case .content(let diagnostics) = error {
            return diagnostics.diagnostics.prefix(DiagnosticError.reportLimit).map(\.description)
        }
        return [error.description]
    }
}
