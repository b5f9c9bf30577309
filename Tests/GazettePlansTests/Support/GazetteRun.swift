import Foundation

/// Runs the real `gazette` executable that `swift build` put beside the test bundle.
struct GazetteRun {
    var status: Int32
    var stdout: String
    var stderr: String

    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gazette")
    }

    /// Output goes to files rather than pipes, so a long report can never fill a pipe and stall the process.
    static func run(_ arguments: [String], in folder: URL) throws -> GazetteRun {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-run-\(UUID().uuidString)")
        let outURL = base.appendingPathExtension("out")
        let errURL = base.appendingPathExtension("err")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return GazetteRun(status: process.terminationStatus, stdout: try String(contentsOf: outURL, encoding: .utf8),
                          stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    /// `gazette build` of a fixture's Content (and Templates, when it has them) into its Site folder.
    static func build(_ fixture: PlanFixture) throws -> GazetteRun {
        var arguments = ["build", "--content", "Content", "--output", "Site"]
        if fixture.exists("Templates") { arguments += ["--templates", "Templates"] }
        return try run(arguments, in: fixture.root)
    }

    static func check(_ fixture: PlanFixture) throws -> GazetteRun {
        try run(["check", "--content", "Content"], in: fixture.root)
    }

    /// The error lines, each `path:line:column: error: message`.
    var errors: [String] { stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") } }
}
