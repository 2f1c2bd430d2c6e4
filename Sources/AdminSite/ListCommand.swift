import ArgumentParser
import ModelRegistry

/// `admin-site list`: the registry as a plain table, for a terminal or a script.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the registry's models (tab-separated).")

    @Option(help: "Only this provider.") var provider: String?
    @Option(name: .customLong("content-type"), help: "Only this content type.") var contentType: String?
    @Flag(help: "Only active models.") var active = false

    func run() {
        let models = ModelRegistry.standard.models(
            provider: provider.map(Provider.init(rawValue:)),
            contentType: contentType.map(ContentType.init(rawValue:)),
            isActive: active ? true : nil)
        print(["recordId", "modelId", "name", "provider", "contentType", "baseTokenCost", "active"].joined(separator: "\t"))
        for m in models {
            let c = m.config
            print([c.recordId, c.modelId, c.modelName, c.provider.rawValue, c.contentType.rawValue, c.baseTokenCost.description, c.isActive ? "yes" : "no"].joined(separator: "\t"))
        }
        print("\(models.count) model\(models.count == 1 ? "" : "s")")
    }
}
