import TokenPricing

/// One model as its Swift file declares it: config, input schema and pricing rule.
public struct ModelDefinition: Sendable, Hashable {
    /// The fields, in one shared box: a definition is copied wherever it is read (into
    /// entries, closures, arrays), and a copy of the fields themselves retains every string
    /// and array of the config, the schema and the rule (some forty references), where a
    /// copy of the box retains one. Setting a field copies the box first when it is shared.
    private final class Storage: @unchecked Sendable {
        // Mutated only through `ModelDefinition`'s setters, and only while uniquely referenced.
        var config: ModelConfig
        var inputSchema: InputSchema
        var pricing: PricingRule
        var notes: String?
        var sourceFile: String

        init(config: ModelConfig, inputSchema: InputSchema, pricing: PricingRule, notes: String?, sourceFile: String) {
            self.config = config
            self.inputSchema = inputSchema
            self.pricing = pricing
            self.notes = notes
            self.sourceFile = sourceFile
        }

        func copy() -> Storage {
            Storage(config: config, inputSchema: inputSchema, pricing: pricing, notes: notes, sourceFile: sourceFile)
        }
    }

    private var storage: Storage

    /// The box, copied first if another definition shares it.
    private var unique: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    /// Identity, display and cost.
    public var config: ModelConfig {
        get { storage.config }
        set { unique.config = newValue }
    }
    /// The parameters a call may give.
    public var inputSchema: InputSchema {
        get { storage.inputSchema }
        set { unique.inputSchema = newValue }
    }
    /// How the price moves with the parameters.
    public var pricing: PricingRule {
        get { storage.pricing }
        set { unique.pricing = newValue }
    }
    /// Why the definition departs from the data it was ported from, if it does.
    public var notes: String? {
        get { storage.notes }
        set { unique.notes = newValue }
    }
    /// The file that declares it (captured by `#filePath`), for the site's source links and
    /// the test that every model file is registered.
    public var sourceFile: String {
        get { storage.sourceFile }
        set { unique.sourceFile = newValue }
    }

    /// Creates a definition. Leave `sourceFile` to its default: the declaring file.
    public init(config: ModelConfig, inputSchema: InputSchema, pricing: PricingRule = .flat, notes: String? = nil, sourceFile: String = #filePath) {
        storage = Storage(config: config, inputSchema: inputSchema, pricing: pricing, notes: notes, sourceFile: sourceFile)
    }

    /// Equal when every field is equal (the box's identity does not matter).
    public static func == (a: ModelDefinition, b: ModelDefinition) -> Bool {
        a.storage === b.storage || (a.config == b.config && a.inputSchema == b.inputSchema && a.pricing == b.pricing
            && a.notes == b.notes && a.sourceFile == b.sourceFile)
    }

    /// Hashes every field, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(config)
        hasher.combine(inputSchema)
        hasher.combine(pricing)
        hasher.combine(notes)
        hasher.combine(sourceFile)
    }

    /// The unique id (`config.recordId`).
    public var recordId: String { config.recordId }

    /// The declaring file relative to the package root (`Sources/ModelRegistry/Models/…`),
    /// the same on every machine; `nil` for models made in memory.
    public var sourcePath: String? {
        // Byte for byte: `range(of:options:)` went through `NSString` and cost some 45,000
        // instructions a call, on every page that links a model's file.
        let path = Array(sourceFile.utf8), marker = Array("Sources/".utf8)
        var start = path.count - marker.count
        while start >= 0 {
            if path[start..<(start + marker.count)].elementsEqual(marker) {
                return String(decoding: path[start...], as: UTF8.self)
            }
            start -= 1
        }
        return nil
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
