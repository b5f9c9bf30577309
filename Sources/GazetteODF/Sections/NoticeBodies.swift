import Foundation

/// The ODF of each notice's body, made once and placed in both the notice's own document and
/// its issue's; dropped as soon as both have it, so memory holds only bodies in flight.
final class NoticeBodies: @unchecked Sendable {
    private enum State {
        case untouched
        case making
        case made(TextBody)
        case taken
    }

    private var states: [State]
    private let lock = NSLock()

    init(count: Int) {
        states = Array(repeating: .untouched, count: count)
    }

    /// The body at `position`; the first of its two users makes it and keeps it for the second.
    /// When both ask at the same moment, both make it (the result is the same) and none is kept.
    func take(_ position: Int, make: () -> TextBody) -> TextBody {
        lock.lock()
        switch states[position] {
        case .made(let body):
            states[position] = .taken
            lock.unlock()
            return body
        case .untouched:
            states[position] = .making
            lock.unlock()
            let body = make()
            lock.lock()
            if case .making = states[position] { states[position] = .made(body) }
            lock.unlock()
            return body
        case .making, .taken:
            states[position] = .taken
            lock.unlock()
            return make()
        }
    }
}
