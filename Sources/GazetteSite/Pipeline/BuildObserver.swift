/// Told how a build advances, to draw a progress bar or print plain lines.
public protocol BuildObserver: Sendable {
    func phaseStarted(_ name: String, jobCount: Int)
    func jobsFinished(_ count: Int)
}

/// For callers that want no progress output (tests, `check`).
public struct SilentObserver: BuildObserver {
    public init() {}
    public func phaseStarted(_ name: String, jobCount: Int) {}
    public func jobsFinished(_ count: Int) {}
}
