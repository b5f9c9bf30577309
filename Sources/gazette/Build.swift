import ArgumentParser
import Foundation
import GazetteApp
import GazetteSite

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        let builder = SiteAssembly.builder(options: site.buildOptions)
        let progress = TerminalProgress()
        do {
            let report = try builder.build(observer: progress)
            progress.finish()
            for warning in report.warnings { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
            print("built \(Thousands.format(report.pageCount)) pages in \(String(format: "%.1f", report.seconds)) s")
        } catch {
            progress.finish()
            throw fail(error)
        }
    }
}
