import ArgumentParser
import Foundation
import GazetteApp
import GazetteSite

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate content and templates without writing anything.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        do {
            let (context, _, warnings) = try SiteAssembly.builder(options: site.buildOptions).prepare()
            for warning in warnings { FileHandle.standardError.write(Data((warning.description + "\n").utf8)) }
            print("ok: \(context.content.issues.count) issues, \(context.content.notices.count) notices")
        } catch {
            throw fail(error)
        }
    }
}
