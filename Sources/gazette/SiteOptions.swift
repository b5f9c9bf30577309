import ArgumentParser
import Foundation
import GazetteSite

/// The folder options every command shares.
struct SiteOptions: ParsableArguments {
    @Option(help: "Content folder (site.yml, gazette/, plans/).")
    var content = "Content"

    @Option(help: "Templates folder overriding the built-in templates file by file; ignored if absent and not given.")
    var templates: String?

    @Option(help: "Output folder, replaced as a whole at the end of a successful build (default: Site).")
    var output: String?

    /// `check` needs to know whether --output was given: only then is a missing folder an error.
    var outputFolder: String { output ?? "Site" }

    @Flag(help: "Publish notices marked draft: true.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: "Base URL of the published site, overriding site.yml.")
    var baseURL: String?

    var buildOptions: BuildOptions {
        let templatesFolder = templates ?? (FileManager.default.fileExists(atPath: "Templates") ? "Templates" : nil)
        return BuildOptions(content: URL(fileURLWithPath: content), templates: templatesFolder.map { URL(fileURLWithPath: $0) },
                            output: URL(fileURLWithPath: outputFolder), includeDrafts: drafts, baseURL: baseURL,
                            contentDisplayPath: content, templatesDisplayPath: templatesFolder ?? "Templates")
    }
}

/// Prints a build error the way a compiler does and exits non-zero.
func fail(_ error: BuildError) -> ExitCode {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    return ExitCode.failure
}
