import ArgumentParser
import ModelRegistry

/// `admin-site list`: the registry as a plain table, for a terminal or a script.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the registry's models (tab-separated).")

    @Option(help: "Only this provider: \(Provider.known.map(\.rawValue).joined(separator: ", ")).") var provider: String?
    @Option(name: .customLong("content-type"), help: "Only this content type: \(ContentType.known.map(\.rawValue).joined(separator: ", ")).")
    var contentType: String?
    @Flag(help: "Only active models.") var active = false

    /// An unknown provider or content type is an error naming the known ones: a typo must
    /// not print an empty table that looks like an answer.
    func validate() throws {
        do {
            _ = try provider.map(Provider.parse)
            _ = try contentType.map(ContentType.parse)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        let models = ModelRegistry.standard.models(
            provider: try provider.map(Provider.parse),
            contentType: try contentType.map(ContentType.parse),
            isActive: active ? true : nil)
        print(["recordId", "modelId", "name", "provider", "contentType", "baseTokenCost", "active"].joined(separator: "\t"))
        for m in models {
            let c = m.config
            print([c.recordId, c.modelId, c.modelName, c.provider.rawValue, c.contentType.rawValue, c.baseTokenCost.description, c.isActive ? "yes" : "no"].joined(separator: "\t"))
        }
        print("\(models.count) model\(models.count == 1 ? "" : "s")")
    }
}
