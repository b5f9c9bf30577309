import ArgumentParser
import Dispatch
import Foundation
import GazetteApp
import GazetteServer
import GazetteSite

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build with drafts, serve the site on this computer, and rebuild and reload pages on every change.")

    @Option(help: "Content folder (site.yml, gazette/, plans/).")
    var content = "Content"

    @Option(help: "Templates folder overriding the built-in templates file by file; ignored if absent and not given.")
    var templates: String?

    @Option(help: "Preview output folder, kept apart from the published Site.")
    var output = ".gazette-preview"

    @Option(help: "Address to listen on; the default lets only this computer in.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port: UInt16 = 8000

    @Flag(help: "Open the site in the default browser.")
    var open = false

    func run() throws {
        do {
            try PreviewServer.check(host: host)
        } catch {
            Self.log(error.description)
            throw ExitCode.failure
        }
        let templatesFolder = templates ?? (FileManager.default.fileExists(atPath: "Templates") ? "Templates" : nil)
        let baseURL = PreviewServer.baseURL(host: host, port: port)
        let options = BuildOptions(content: URL(fileURLWithPath: content), templates: templatesFolder.map { URL(fileURLWithPath: $0) },
                                   output: URL(fileURLWithPath: output), includeDrafts: true, baseURL: baseURL,
                                   contentDisplayPath: content, templatesDisplayPath: templatesFolder ?? "Templates")
        let builder = SiteAssembly.builder(options: options)
        let channel = LiveReloadChannel()
        let loop = RebuildLoop(build: { Result { () throws(BuildError) in try builder.build() } }, channel: channel, log: Self.log)

        // Broken content still gets served (the overlay shows why); a missing folder does not.
        if let error = loop.buildNow() {
            guard case .content = error else { throw fail(error) }
        }

        let watched = [options.content] + (options.templates.map { [$0] } ?? [])
        let watcher: FolderWatcher
        do {
            watcher = try FolderWatcher(folders: watched) { loop.changed() }
        } catch {
            Self.log(error.description)
            throw ExitCode.failure
        }
        watcher.start()
        let signalSources = Self.stopOnSignals()

        let server = PreviewServer(output: options.output, host: host, port: port, channel: channel)
        let open = open
        Task {
            do throws(PreviewServer.Failure) {
                try await server.run {
                    FileHandle.standardOutput.write(Data("serving \(baseURL) (drafts included); Ctrl-C stops\n".utf8))
                    if open { Self.openBrowser(baseURL) }
                }
            } catch {
                Self.log(error.description)
                Foundation.exit(EXIT_FAILURE)
            }
        }
        // Signal sources stop delivering once released.
        withExtendedLifetime(signalSources) { dispatchMain() }
    }

    private static func stopOnSignals() -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler {
                log("stopped")
                Foundation.exit(EXIT_SUCCESS)
            }
            source.resume()
            return source
        }
    }

    private static func openBrowser(_ url: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        do {
            try process.run()
        } catch {
            log("could not open a browser (\(error.localizedDescription)); open \(url) yourself")
        }
    }

    private static func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
