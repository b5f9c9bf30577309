import ArgumentParser
import Foundation
import GazetteApp
import GazetteSite

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder.")

    @OptionGroup var site: SiteOptions

    @Flag(help: "Ignore the build cache and make every file again.")
    var clean = false

    @Flag(help: "Print the wall time of each build stage.")
    var timings = false

    func run() throws {
        var options = site.buildOptions
        options.clean = clean
        let builder = SiteAssembly.builder(options: options)
        let progress = TerminalProgress()
        do {
            let report = try builder.build(observer: progress)
            progress.finish()
            for warning in report.warnings { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
            if timings {
                for phase in report.phases {
                    print(phase.name.padding(toLength: 18, withPad: " ", startingAt: 0) + String(format: "%7.3f s", phase.seconds))
                }
                print("made \(Thousands.format(report.madeCount)) files, wrote \(Thousands.format(report.writtenCount))")
            }
            print("built \(Thousands.format(report.pageCount)) pages in \(String(format: "%.1f", report.seconds)) s")
        } catch {
            progress.finish()
            throw fail(error)
        }
    }
}
