import ArgumentParser
import Foundation
import GazetteApp
import GazetteSite

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate content and templates without writing anything, then the links of the built site if there is one.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        let context: SiteContext
        do {
            let (prepared, _, warnings) = try SiteAssembly.builder(options: site.buildOptions).prepare()
            for warning in warnings + MetadataAudit.gaps(in: prepared).sortedByLocation {
                FileHandle.standardError.write(Data((warning.description + "\n").utf8))
            }
            print("ok: \(prepared.content.issues.count) issues, \(prepared.content.notices.count) notices")
            context = prepared
        } catch {
            throw fail(error)
        }
        try checkLinks(of: context)
    }
}
