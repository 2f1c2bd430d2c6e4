import ArgumentParser

/// `admin-site`: the registry's command line. Each subcommand parses its flags and calls the
/// libraries; none holds logic of its own.
@main
struct AdminSiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin-site",
        abstract: "The AI-model registry's admin site, pricing and checks.",
        discussion: "Run from the package root; paths default to the repository's Site/, Docs/ and Templates/ folders.",
        subcommands: [
            BuildCommand.self, ServeCommand.self, CheckCommand.self, PriceCommand.self, NewModelCommand.self, ListCommand.self,
            LockCommand.self,
        ]
    )
}
