import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP side of `gazette serve`: the output folder and the live-reload WebSocket.
public struct PreviewServer: Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case addressInUse(host: String, port: UInt16)
        case badHost(String)
        case cannotListen(host: String, port: UInt16, String)

        public var description: String {
            switch self {
            case .addressInUse(let host, let port):
                return "error: port \(port) on \(host) is already in use; stop the other server or choose another with --port"
            case .badHost(let host):
                return "error: --host '\(host)' is not an IPv4 or IPv6 address; use e.g. 127.0.0.1"
            case .cannotListen(let host, let port, let reason):
                return "error: cannot listen on \(host):\(port): \(reason)"
            }
        }
    }

    public let output: URL
    public let host: String
    public let port: UInt16
    public let channel: LiveReloadChannel

    public init(output: URL, host: String, port: UInt16, channel: LiveReloadChannel) {
        self.output = output
        self.host = host
        self.port = port
        self.channel = channel
    }

    /// The address pages are built for; IPv6 literals need brackets in a URL.
    public static func baseURL(host: String, port: UInt16) -> String {
        host.contains(":") ? "http://[\(host)]:\(port)/" : "http://\(host):\(port)/"
    }

    /// Checked before the first build, so a typo costs no build time.
    public static func check(host: String) throws(Failure) {
        var address = in6_addr()
        guard inet_pton(host.contains(":") ? AF_INET6 : AF_INET, host, &address) == 1 else { throw .badHost(host) }
    }

    /// Each request's timeout holds a timer, and its memory, until it expires even when the
    /// request finished long before; a short one keeps memory flat under load.
    private static func server(on address: some SocketAddress) -> HTTPServer {
        HTTPServer(address: address, timeout: 10, logger: .disabled)
    }

    /// Serves until the task is cancelled; `onListening` runs once the port is bound.
    public func run(onListening: @escaping @Sendable () -> Void) async throws(Failure) {
        let server: HTTPServer
        do {
            server = host.contains(":")
                ? Self.server(on: try sockaddr_in6.inet6(ip6: host, port: port)) : Self.server(on: try sockaddr_in.inet(ip4: host, port: port))
        } catch {
            throw .badHost(host)
        }
        await server.appendRoute(HTTPRoute(method: .GET, path: LiveReloadScript.channelPath), to: .webSocket(channel))
        await server.appendRoute("*", to: SiteFileHandler(folder: SiteFolder(root: output)))
        let waiter = Task {
            try await server.waitUntilListening(timeout: 30)
            onListening()
        }
        defer { waiter.cancel() }
        do {
            try await server.run()
        } catch SocketError.failed(_, let code, let message) {
            throw code == EADDRINUSE ? .addressInUse(host: host, port: port) : .cannotListen(host: host, port: port, message)
        } catch {
            throw .cannotListen(host: host, port: port, String(describing: error))
        }
    }
}
