import Dispatch

extension Array where Element: Sendable {
    /// Maps on all cores and returns results in input order, so parallel work stays deterministic.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let slots = ResultSlots<Result>(count: count)
        self.withUnsafeBufferPointer { input in
            let source = UnsafeSendable(input)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.store(transform(source.value[index]), at: index)
            }
        }
        return slots.collect()
    }
}

/// Each index is written by exactly one iteration, so the slots need no lock.
private final class ResultSlots<Result>: @unchecked Sendable {
    private var storage: [Result?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func store(_ result: Result, at index: Int) {
        storage.withUnsafeMutableBufferPointer { $0[index] = result }
    }

    func collect() -> [Result] { storage.map { $0! } }
}

private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
