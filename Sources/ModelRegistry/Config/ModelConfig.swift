import TokenPricing

/// How the platform wraps a model's parameters in the provider request.
public enum PayloadStructure: String, Sendable, Hashable, Codable, CaseIterable {
    /// Parameters at the top level of the request body.
    case flat
    /// Parameters inside an `input` object.
    case wrapper
    /// The request is sent to the provider as is, without the platform's task envelope (the
    /// catalogue uses it for two Runware models and Lovable AI's synchronous call).
    case direct
}

/// A model's registry entry: identity, display, cost and how it is called.
public struct ModelConfig: Sendable, Hashable {
    /// The unique id of the entry. The only identity of a model.
    public var recordId: String
    /// The provider's model id. Not unique: the same model may appear in two groups.
    public var modelId: String
    /// The display name.
    public var modelName: String
    /// Who runs it.
    public var provider: Provider
    /// What it makes.
    public var contentType: ContentType
    /// The price a call starts from, in tokens, exact.
    public var baseTokenCost: ExactDecimal
    /// Typical generation time.
    public var estimatedTimeSeconds: Int
    /// Whether the platform offers it today.
    public var isActive: Bool
    /// The family it is shown in (e.g. "Google Veo").
    public var modelFamily: String?
    /// Its name inside the family (e.g. "Fast").
    public var variantName: String?
    /// Its position inside the family.
    public var displayOrderInFamily: Int?
    /// How many input images it takes.
    public var maxImages: Int?
    /// How many outputs one call makes by default.
    public var defaultOutputs: Int?
    /// The provider endpoint the platform calls.
    public var apiEndpoint: String?
    /// How the request body is shaped.
    public var payloadStructure: PayloadStructure?
    /// The logo shown beside it.
    public var logoUrl: String?

    /// Creates a config. Arguments follow the registry's field names.
    public init(
        recordId: String, modelId: String, modelName: String, provider: Provider, contentType: ContentType,
        baseTokenCost: ExactDecimal, estimatedTimeSeconds: Int, isActive: Bool = true,
        modelFamily: String? = nil, variantName: String? = nil, displayOrderInFamily: Int? = nil,
        maxImages: Int? = nil, defaultOutputs: Int? = nil, apiEndpoint: String? = nil,
        payloadStructure: PayloadStructure? = nil, logoUrl: String? = nil
    ) {
        self.recordId = recordId
        self.modelId = modelId
        self.modelName = modelName
        self.provider = provider
        self.contentType = contentType
        self.baseTokenCost = baseTokenCost
        self.estimatedTimeSeconds = estimatedTimeSeconds
        self.isActive = isActive
        self.modelFamily = modelFamily
        self.variantName = variantName
        self.displayOrderInFamily = displayOrderInFamily
        self.maxImages = maxImages
        self.defaultOutputs = defaultOutputs
        self.apiEndpoint = apiEndpoint
        self.payloadStructure = payloadStructure
        self.logoUrl = logoUrl
    }

    /// "Google Veo 3.1 Fast" or the model name alone when the variant repeats it.
    public var displayName: String {
        guard let variant = variantName, !variant.isEmpty, variant != modelName, !modelName.contains(variant) else { return modelName }
        return "\(modelName) — \(variant)"
    }
}
