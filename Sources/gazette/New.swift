import ArgumentParser
import Foundation
import GazetteContent
import GazetteSite

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Scaffold new content.", subcommands: [NewNotice.self])
}

struct NewNotice: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "notice", abstract: "Scaffold a notice dated today.")

    @Option(help: "Content folder.") var content = "Content"
    @Option(help: "Issue slug (a folder under gazette/).") var issue: String
    @Option(help: "Category slug from site.yml.") var category: String
    @Option(help: "Agency slug from site.yml.") var agency: String
    @Option(help: "File name of the notice, without .md (default: notice-<date>).") var slug: String?

    func run() throws {
        let options = BuildOptions(content: URL(fileURLWithPath: content), templates: nil,
                                   output: URL(fileURLWithPath: "/nonexistent-gazette-output"), includeDrafts: true,
                                   contentDisplayPath: content)
        let site: SiteContext
        do {
            site = try SiteBuilder(options: options).prepare().0
        } catch {
            throw fail(error)
        }
        let errors = NoticeScaffold.problems(issue: issue, category: category, agency: agency, slug: slug, in: site)
        guard errors.isEmpty else {
            FileHandle.standardError.write(Data((errors.joined(separator: "\n") + "\n").utf8))
            throw ExitCode.failure
        }
        let today = NoticeScaffold.today()
        let name = slug ?? "notice-\(today.iso)"
        let path = "\(content)/gazette/\(issue)/\(name).md"
        guard !FileManager.default.fileExists(atPath: path) else {
            FileHandle.standardError.write(Data("error: \(path) already exists; choose another --slug\n".utf8))
            throw ExitCode.failure
        }
        try NoticeScaffold.text(category: category, agency: agency, date: today).write(toFile: path, atomically: true, encoding: .utf8)
        print("created \(path)")
    }
}
