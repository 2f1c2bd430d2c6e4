import TokenPricing

/// One model as its Swift file declares it: config, input schema and pricing rule.
public struct ModelDefinition: Sendable, Hashable {
    /// Identity, display and cost.
    public var config: ModelConfig
    /// The parameters a call may give.
    public var inputSchema: InputSchema
    /// How the price moves with the parameters.
    public var pricing: PricingRule
    /// Why the definition departs from the data it was ported from, if it does.
    public var notes: String?
    /// The file that declares it (captured by `#filePath`), for the site's source links and
    /// the test that every model file is registered.
    public var sourceFile: String

    /// Creates a definition. Leave `sourceFile` to its default: the declaring file.
    public init(config: ModelConfig, inputSchema: InputSchema, pricing: PricingRule = .flat, notes: String? = nil, sourceFile: String = #filePath) {
        self.config = config
        self.inputSchema = inputSchema
        self.pricing = pricing
        self.notes = notes
        self.sourceFile = sourceFile
    }

    /// The unique id (`config.recordId`).
    public var recordId: String { config.recordId }

    /// The declaring file relative to the package root (`Sources/ModelRegistry/Models/…`),
    /// the same on every machine; `nil` for models made in memory.
    public var sourcePath: String? {
        guard let range = sourceFile.range(of: "Sources/", options: .backwards) else { return nil }
        return String(sourceFile[range.lowerBound...])
    }

    /// What pricing needs of this model, made new on every call (each compiles its own fast
    /// path when first priced); a registry's models have theirs made once in
    /// `ModelRegistry.pricedModels`.
    public var priced: PricedModel {
        PricedModel(
            recordId: config.recordId, name: config.modelName, baseTokenCost: config.baseTokenCost,
            schema: inputSchema, rule: pricing, isActive: config.isActive)
    }
}
