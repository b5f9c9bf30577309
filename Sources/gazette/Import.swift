import ArgumentParser
import Foundation
import GazetteImport

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Convert another gazette's published data into content.",
        subcommands: [ImportEYXML.self])
}

struct ImportEYXML: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ey-xml",
        abstract: "Import days of the Executive Yuan Gazette's open data (行政院公報 XML): each file an issue, each record a notice.",
        discussion: "Only files whose text changes are written. Exits with 1 when a record or file could not be imported; the rest is imported all the same.")

    @Option(help: "Content folder to create or extend.") var content = "Content"
    @Flag(help: "List every problem, warnings included (by default warnings are counted).") var verbose = false
    @Argument(help: "Day files, e.g. 105-04-08.xml.") var files: [String]

    func run() throws {
        let report: EYImport.Report
        do {
            report = try EYImport(content: URL(fileURLWithPath: content), contentDisplayPath: content).run(files: files)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode.failure
        }
        let errors = report.problems.filter(\.isFatal)
        let warnings = report.problems.count - errors.count
        for problem in report.problems where problem.isFatal || verbose {
            FileHandle.standardError.write(Data((problem.description + "\n").utf8))
        }
        print("imported \(report.imported) of \(report.records) records into \(report.issues) issues; "
            + "\(report.written.count) files written, \(errors.count) not imported, \(warnings) warnings"
            + (warnings > 0 && !verbose ? " (--verbose lists them)" : ""))
        if !report.isComplete { throw ExitCode.failure }
    }
}
