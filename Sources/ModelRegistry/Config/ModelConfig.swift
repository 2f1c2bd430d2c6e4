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
    /// The parameters form one task object inside a JSON array, as Runware's task API takes
    /// them (`[{"taskType": …, …}]`).
    case array
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
    /// The name of the secret the platform's calls to this model use (`use_api_key`), never
    /// its value: admins see which key a model spends.
    public var apiKeyName: String?
    /// The largest input file the platform accepts, in bytes.
    public var maxFileSizeBytes: Int?
    /// The longest input or output the platform accepts, in seconds (a per-parameter limit
    /// lives in the pricing rule instead).
    public var maxDurationSeconds: ExactDecimal?
    /// The shortest input the platform accepts, in seconds.
    public var minDurationSeconds: ExactDecimal?
    /// How many input audios it takes.
    public var maxAudios: Int?
    /// How many input videos it takes.
    public var maxVideos: Int?
    /// Whether a call must include an audio.
    public var requiresAudio: Bool?
    /// The provider's task type (Runware's `imageInference`, `videoInference`).
    public var taskType: String?
    /// The output file format the platform requests (`JPEG`, `mp4`).
    public var outputFormat: String?
    /// The video MIME types accepted as input.
    public var acceptedVideoTypes: [String]?

    /// Creates a config. Arguments follow the registry's field names.
    public init(
        recordId: String, modelId: String, modelName: String, provider: Provider, contentType: ContentType,
        baseTokenCost: ExactDecimal, estimatedTimeSeconds: Int, isActive: Bool = true,
        modelFamily: String? = nil, variantName: String? = nil, displayOrderInFamily: Int? = nil,
        maxImages: Int? = nil, defaultOutputs: Int? = nil, apiEndpoint: String? = nil,
        payloadStructure: PayloadStructure? = nil, logoUrl: String? = nil,
        apiKeyName: String? = nil, maxFileSizeBytes: Int? = nil, maxDurationSeconds: ExactDecimal? = nil,
        minDurationSeconds: ExactDecimal? = nil, maxAudios: Int? = nil, maxVideos: Int? = nil, requiresAudio: Bool? = nil,
        taskType: String? = nil, outputFormat: String? = nil, acceptedVideoTypes: [String]? = nil
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
        self.apiKeyName = apiKeyName
        self.maxFileSizeBytes = maxFileSizeBytes
        self.maxDurationSeconds = maxDurationSeconds
        self.minDurationSeconds = minDurationSeconds
        self.maxAudios = maxAudios
        self.maxVideos = maxVideos
        self.requiresAudio = requiresAudio
        self.taskType = taskType
        self.outputFormat = outputFormat
        self.acceptedVideoTypes = acceptedVideoTypes
    }

    /// "Ideogram V3 — Text-to-Image", or the model name alone when the variant repeats it. Per model, so
    /// not unique: pages and the API show `ModelRegistry.displayNames`, which adds what sets
    /// a shared name apart.
    public var displayName: String {
        guard let variant = variantName, !variant.isEmpty else { return modelName }
        // The variant repeats the name when all its words are in it, whatever the case and
        // punctuation ("Flux.1 [Dev]" with variant "Flux 1 Dev", "HiDream-i1 Fast" with "HiDream
        // Fast"): adding it would only make the name longer.
        let words = Set(ModelDisplayNames.comparisonKey(modelName).split(separator: " "))
        let variantWords = ModelDisplayNames.comparisonKey(variant).split(separator: " ")
        if variantWords.allSatisfy(words.contains) || modelName.contains(variant) { return modelName }
        return "\(modelName) — \(variant)"
    }
}
