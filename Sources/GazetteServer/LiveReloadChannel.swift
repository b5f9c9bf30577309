import FlyingFox
import Foundation

/// Every open page's WebSocket: told `reload` after a good build and the errors after a bad one.
/// A page that connects while the content is broken gets the errors at once.
public final class LiveReloadChannel: WSMessageHandler, @unchecked Sendable {
    private struct State {
        var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]
        var errors: [String] = []
    }

    private struct Message: Encodable {
        var type: String
        var errors: [String]?
    }

    private let lock = NSLock()
    private var state = State()

    public init() {}

    public func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let id = UUID()
        let (messages, continuation) = AsyncStream<WSMessage>.makeStream()
        continuation.onTermination = { [weak self] _ in
            self?.remove(id)
        }
        let errors = lock.withLock {
            state.clients[id] = continuation
            return state.errors
        }
        if !errors.isEmpty { continuation.yield(Self.encode(Message(type: "errors", errors: errors))) }
        // Pages never send anything that matters; when they close, the stream they read ends.
        Task {
            for await _ in client {}
            continuation.finish()
        }
        return messages
    }

    /// A build succeeded: pages drop any overlay by reloading.
    public func reload() {
        broadcast(Message(type: "reload"), errors: [])
    }

    /// A build failed: `path:line:column: message` lines.
    public func report(errors: [String]) {
        broadcast(Message(type: "errors", errors: errors), errors: errors)
    }

    private func remove(_ id: UUID) {
        _ = lock.withLock { state.clients.removeValue(forKey: id) }
    }

    private func broadcast(_ message: Message, errors: [String]) {
        let encoded = Self.encode(message)
        let clients = lock.withLock {
            state.errors = errors
            return Array(state.clients.values)
        }
        for client in clients { client.yield(encoded) }
    }

    private static func encode(_ message: Message) -> WSMessage {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(message)) ?? Data(#"{"type":"reload"}"#.utf8)
        return .text(String(decoding: data, as: UTF8.self))
    }
}
