import Foundation

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

/// Each index is written by exactly one iteration, so the slots need no lock. The slots are one
/// allocation that never moves: an Array property would be copied or swapped out by every write
/// (withUnsafeMutableBufferPointer makes it unique first), which raced and crashed at 10,000 notices.
private final class ResultSlots<Result>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func store(_ result: Result, at index: Int) {
        storage[index] = result
    }

    func collect() -> [Result] { storage.map { $0! } }
}

private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

extension Array where Element: Sendable {
    /// `parallelMap` on threads of its own, for work asked for from inside a job of the build:
    /// a concurrentPerform nested in the build's runs on the calling thread alone, which left
    /// the other core waiting while one job made the whole search index.
    public func parallelMapOnThreads<Result: Sendable>(_ transform: @escaping @Sendable (Element) -> Result) -> [Result] {
        let threadCount = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount)
        guard threadCount > 1 else { return map(transform) }
        let slots = ResultSlots<Result>(count: count)
        let finished = DispatchSemaphore(value: 0)
        let input = self
        for first in 0..<threadCount {
            Thread {
                for index in stride(from: first, to: input.count, by: threadCount) {
                    slots.store(transform(input[index]), at: index)
                }
                finished.signal()
            }.start()
        }
        for _ in 0..<threadCount { finished.wait() }
        return slots.collect()
    }
}
