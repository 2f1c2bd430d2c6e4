import AdminSiteKit
import ArgumentParser
import Foundation
import ModelRegistry
import TokenPricing

/// `admin-site new-model`: scaffolds a model file and registers it.
struct NewModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-model",
        abstract: "Scaffold a new model file under Sources/ModelRegistry/Models/<content-type>/ and register it.",
        discussion: "Every flag is checked with the registry's invariants (the rules the tests apply to every model) before anything is written. Refuses to overwrite a file, to add a second file of the same name to the target, or to reuse a record id (case and spaces ignored). Edit the generated schema and pricing rule, then run the tests."
    )

    @Option(help: "Display name, e.g. \"Kling V3 Pro\".") var name: String
    @Option(help: "Provider id: kie_ai, runware or lovable_ai_sync (a new provider is a static let in Provider.swift first).") var provider: String
    @Option(name: .customLong("content-type"), help: "prompt_to_image, image_editing, prompt_to_video, image_to_video or prompt_to_audio.") var contentType: String
    @Option(name: .customLong("base-cost"), help: "Base token cost, exact decimal, e.g. 2.5.") var baseCost: String
    @Option(name: .customLong("model-id"), help: "The provider's model id (defaults to the name in kebab case).") var modelId: String?
    @Option(name: .customLong("record-id"), help: "Registry record id (defaults to a new UUID).") var recordId: String?
    @Option(name: .customLong("estimated-time"), help: "Estimated generation time in seconds (above 0).") var estimatedTime: Int = 60
    @Option(help: "Model family shown on the site.") var family: String?
    @Option(help: "Variant name inside the family.") var variant: String?
    @Flag(help: "Register the model as inactive.") var inactive = false
    @Option(name: .customLong("package-root"), help: "The package root (default: current directory).") var packageRoot: String = "."

    func run() throws {
        guard let cost = ExactDecimal(baseCost) else {
            throw ValidationError("--base-cost: expected a decimal number such as 2.5, found '\(baseCost)'")
        }
        let kebab = name.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
        var scaffold = ModelScaffold(
            modelName: name, modelId: modelId ?? kebab, provider: provider, contentType: contentType, baseTokenCost: cost,
            estimatedTimeSeconds: estimatedTime, modelFamily: family, variantName: variant, isActive: !inactive)
        if let recordId { scaffold.recordId = recordId }
        do {
            let path = try scaffold.write(
                into: URL(fileURLWithPath: packageRoot),
                existingRecordIds: Set(ModelRegistry.standard.models.map(\.recordId)))
            print("created \(path) (Models.\(scaffold.identifier), record id \(scaffold.recordId))")
            print("registered in Sources/ModelRegistry/Models/AllModels.swift; edit its schema and pricing, then run the tests")
        } catch {
            printError("admin-site new-model: error: \(error)")
            throw ExitCode(1)
        }
    }
}
