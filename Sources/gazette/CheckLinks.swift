import ArgumentParser
import Foundation
import GazetteCheck
import GazetteSite

extension Check {
    /// The links of the built site: checked when the output folder exists, and required to
    /// exist when --output names it.
    func checkLinks(of context: SiteContext) throws {
        let folder = site.outputFolder
        guard site.output != nil || FileManager.default.fileExists(atPath: folder) else { return }
        let checker = LinkChecker(output: URL(fileURLWithPath: folder), baseURL: context.urls.baseURL)
        let report: LinkReport
        do {
            report = try checker.check()
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode.failure
        }
        let sources = PageSources(site: context, templatesDisplayPath: site.buildOptions.templatesDisplayPath)
        for message in LinkDiagnostics.messages(for: report, sources: sources, address: checker.address, outputDisplayPath: folder) {
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }
        let summary = "links: \(Thousands.format(report.linkCount)) checked in \(Thousands.format(report.pageCount)) pages of \(folder)"
        guard report.broken.isEmpty else {
            FileHandle.standardError.write(Data("\(summary), \(Thousands.format(report.broken.count)) broken\n".utf8))
            throw ExitCode.failure
        }
        print("\(summary), none broken")
    }
}
