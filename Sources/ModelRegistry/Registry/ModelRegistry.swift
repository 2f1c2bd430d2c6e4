import TokenPricing

/// The registry: every model the platform offers, built from the Swift model files.
///
/// It is a value, so a test or a benchmark can build one from any list of definitions; the
/// product uses `ModelRegistry.standard`. Duplicate record ids are not rejected here but
/// reported by the integrity check, which must be able to see them.
public struct ModelRegistry: Sendable, ModelCatalog {
    /// Every model in a stable order: content type, family, order in family, name, record id.
    public let models: [ModelDefinition]
    private let byRecordId: [String: Int]
    private let byModelId: [String: [Int]]
    /// Pricing's view of each model, in `models` order, made once: a `PricedModel` compiles its
    /// fast path on first use, so a fresh one per use would compile it again every time. Use
    /// these rather than `ModelDefinition.priced`, which makes a new one.
    public let pricedModels: [PricedModel]
    /// The name each model is shown by, in `models` order: unique across the registry (see
    /// `ModelDisplayNames`), made once since it depends on every other model.
    public let displayNames: [String]

    /// Creates a registry from definitions in any order.
    public init(models: [ModelDefinition]) {
        // Sorts indices by keys pulled out once: sorting the definitions themselves moved whole
        // values (a dozen strings and the schema each) at every merge step.
        let keys = models.map(SortKey.init)
        let sorted = keys.indices.sorted { keys[$0] < keys[$1] }.map { models[$0] }
        self.models = sorted
        var byRecord: [String: Int] = [:]
        var byModel: [String: [Int]] = [:]
        for (i, m) in sorted.enumerated() {
            if byRecord[m.recordId] == nil { byRecord[m.recordId] = i }
            byModel[m.config.modelId, default: []].append(i)
        }
        self.byRecordId = byRecord
        self.byModelId = byModel
        self.pricedModels = sorted.map(\.priced)
        self.displayNames = ModelDisplayNames.unique(for: sorted.map(\.config))
    }

    /// The registry of the models declared in this package.
    public static let standard = ModelRegistry(models: Models.all)

    /// The registry order: content type, family (or name), order in family, name, record id.
    private struct SortKey: Comparable {
        var contentType: ContentType
        var family: String
        var order: Int
        var name: String
        var recordId: String

        init(_ m: ModelDefinition) {
            let c = m.config
            contentType = c.contentType
            family = c.modelFamily ?? c.modelName
            order = c.displayOrderInFamily ?? Int.max
            name = c.modelName
            recordId = c.recordId
        }

        static func < (x: SortKey, y: SortKey) -> Bool {
            if x.contentType != y.contentType { return x.contentType < y.contentType }
            if x.family != y.family { return x.family < y.family }
            if x.order != y.order { return x.order < y.order }
            if x.name != y.name { return x.name < y.name }
            return x.recordId < y.recordId
        }
    }

    /// The model with this record id.
    public func model(recordId: String) -> ModelDefinition? {
        byRecordId[recordId].map { models[$0] }
    }

    /// The models with this provider model id, saying when the id is ambiguous.
    public func models(modelId: String) -> ModelIdLookup {
        guard let indices = byModelId[modelId], !indices.isEmpty else { return .notFound }
        if indices.count == 1 { return .unique(models[indices[0]]) }
        return .ambiguous(indices.map { models[$0] })
    }

    /// The models matching every given filter (a `nil` filter matches all), in registry order.
    public func models(provider: Provider? = nil, contentType: ContentType? = nil, isActive: Bool? = nil) -> [ModelDefinition] {
        models.filter { m in
            (provider == nil || m.config.provider == provider)
                && (contentType == nil || m.config.contentType == contentType)
                && (isActive == nil || m.config.isActive == isActive)
        }
    }

    /// The providers that have models, sorted by id.
    public var providers: [Provider] { Array(Set(models.map(\.config.provider))).sorted() }

    /// The content types that have models, in site order.
    public var contentTypes: [ContentType] { Array(Set(models.map(\.config.contentType))).sorted() }

    /// The families, by name; each family's models by `displayOrderInFamily`. A model with no
    /// family forms a family of its own name.
    public var families: [ModelFamily] {
        var groups: [String: [ModelDefinition]] = [:]
        for m in models { groups[m.config.modelFamily ?? m.config.modelName, default: []].append(m) }
        return groups.keys.sorted().map { name in
            ModelFamily(name: name, models: groups[name]!.sorted { a, b in
                let oa = a.config.displayOrderInFamily ?? Int.max, ob = b.config.displayOrderInFamily ?? Int.max
                if oa != ob { return oa < ob }
                if a.config.modelName != b.config.modelName { return a.config.modelName < b.config.modelName }
                return a.recordId < b.recordId
            })
        }
    }

    /// The unique display name of the model with this record id (`displayNames`).
    public func displayName(recordId: String) -> String? {
        byRecordId[recordId].map { displayNames[$0] }
    }

    /// Pricing's view of the model with this record id.
    public func pricedModel(recordId: String) -> PricedModel? {
        byRecordId[recordId].map { pricedModels[$0] }
    }

    /// The price of one call, with breakdown.
    /// - Throws: `PricingError.unknownModel` for an unknown record id, or the model's pricing errors.
    public func quote(recordId: String, parameters: [String: ParameterValue] = [:]) throws(PricingError) -> PriceQuote {
        guard let model = pricedModel(recordId: recordId) else {
            throw PricingError(.unknownModel, message: "no model has record id '\(recordId)'", modelRecordId: recordId)
        }
        return try model.quote(parameters)
    }
}
