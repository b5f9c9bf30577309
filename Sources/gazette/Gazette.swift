import ArgumentParser

@main
struct Gazette: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "Builds a government gazette website from Markdown and YAML.",
        subcommands: [Build.self, Check.self, Import.self, New.self, Serve.self]
    )
}
