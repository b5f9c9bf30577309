import Dispatch

/// Wall time per build stage, so a slow build can say where its time went.
struct PhaseClock {
    private let started = DispatchTime.now().uptimeNanoseconds
    private var lastLap = DispatchTime.now().uptimeNanoseconds
    private(set) var laps: [(name: String, seconds: Double)] = []

    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((name, Double(now - lastLap) / 1e9))
        lastLap = now
    }

    var total: Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }
}
