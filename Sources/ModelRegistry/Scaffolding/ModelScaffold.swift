import Foundation
import TokenPricing

/// A new model file, generated from a few facts: what `admin-site new-model` writes.
///
/// The file it makes compiles as is (a flat price and a one-parameter prompt schema) and
/// is meant to be edited: the schema and the pricing rule are the parts a person writes.
public struct ModelScaffold: Sendable, Hashable {
    /// The display name, e.g. "Kling V3 Pro".
    public var modelName: String
    /// The provider's model id.
    public var modelId: String
    /// The provider's id; must be one `Provider.known` lists.
    public var provider: String
    /// The content type's id; must be one `ContentType.known` lists.
    public var contentType: String
    /// The base cost in tokens.
    public var baseTokenCost: ExactDecimal
    /// The registry id; a fresh lowercase UUID when not given.
    public var recordId: String
    /// Typical generation time.
    public var estimatedTimeSeconds: Int
    /// The family shown on the site.
    public var modelFamily: String?
    /// The variant name inside the family.
    public var variantName: String?
    /// Whether it is offered at once.
    public var isActive: Bool

    /// Creates a scaffold.
    public init(
        modelName: String, modelId: String, provider: String, contentType: String, baseTokenCost: ExactDecimal,
        recordId: String = UUID().uuidString.lowercased(), estimatedTimeSeconds: Int = 60, modelFamily: String? = nil,
        variantName: String? = nil, isActive: Bool = true
    ) {
        self.modelName = modelName
        self.modelId = modelId
        self.provider = provider
        self.contentType = contentType
        self.baseTokenCost = baseTokenCost
        self.recordId = recordId
        self.estimatedTimeSeconds = estimatedTimeSeconds
        self.modelFamily = modelFamily
        self.variantName = variantName
        self.isActive = isActive
    }

    /// The Swift identifier of the `static let`, e.g. `klingV3ProImageToVideo`: the ASCII
    /// letters and digits of the name and the content type, camel-cased.
    public var identifier: String {
        let words = (modelName + " " + contentType).split { !$0.isLetter && !$0.isNumber }
            .map { String($0).filter { $0.isASCII } }.filter { !$0.isEmpty }
        var result = ""
        for (i, w) in words.enumerated() {
            result += i == 0 ? w.prefix(1).lowercased() + w.dropFirst() : w.prefix(1).uppercased() + w.dropFirst()
        }
        if result.isEmpty || result.first!.isNumber { result = "model" + result.prefix(1).uppercased() + result.dropFirst() }
        return result
    }

    /// The file name, e.g. `KlingV3Pro.swift`.
    public var fileName: String {
        let words = modelName.split { !$0.isLetter && !$0.isNumber }.map { String($0).filter(\.isASCII) }.filter { !$0.isEmpty }
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return (name.isEmpty ? "Model" : name) + ".swift"
    }

    /// The file's path relative to the package root.
    public var relativePath: String { "\(Self.modelsFolder)/\(contentType)/\(fileName)" }

    /// Where the model files live, relative to the package root.
    static let modelsFolder = "Sources/ModelRegistry/Models"
    /// The `ModelRegistry` target's folder: SwiftPM refuses two files of one name in it.
    static let targetFolder = "Sources/ModelRegistry"

    /// The provider as Swift: the `static let` of a known one; anything else (which `write`
    /// refuses) as an escaped literal, so even an unchecked scaffold cannot inject code.
    private var providerExpression: String {
        if let known = Provider(rawValue: provider), let name = Self.staticName[known.rawValue] { return "." + name }
        return "Provider(\(SwiftSourceText.literal(provider)), displayName: \(SwiftSourceText.literal(provider)))"
    }

    /// The content type as Swift, like `providerExpression`.
    private var contentTypeExpression: String {
        if let known = ContentType(rawValue: contentType), let name = Self.staticName[known.rawValue] { return "." + name }
        let id = SwiftSourceText.literal(contentType)
        return "ContentType(\(id), displayName: \(id), outputKind: \"other\", sortOrder: 1000)"
    }

    /// The `static let` names of the known providers and content types, by id.
    private static let staticName: [String: String] = [
        Provider.kieAI.rawValue: "kieAI", Provider.runware.rawValue: "runware", Provider.lovableAISync.rawValue: "lovableAISync",
        ContentType.promptToImage.rawValue: "promptToImage", ContentType.imageEditing.rawValue: "imageEditing",
        ContentType.promptToVideo.rawValue: "promptToVideo", ContentType.imageToVideo.rawValue: "imageToVideo",
        ContentType.promptToAudio.rawValue: "promptToAudio",
    ]

    /// The Swift source of the model file. Every given text is written through
    /// `SwiftSourceText`, so the file declares exactly one model whatever the input.
    public var source: String {
        let literal = SwiftSourceText.literal
        var config = [
            "recordId: \(literal(recordId))",
            "modelId: \(literal(modelId))",
            "modelName: \(literal(modelName))",
            "provider: \(providerExpression)",
            "contentType: \(contentTypeExpression)",
            "baseTokenCost: \(literal(baseTokenCost.description))",
            "estimatedTimeSeconds: \(estimatedTimeSeconds)",
            "isActive: \(isActive)",
        ]
        if let modelFamily { config.append("modelFamily: \(literal(modelFamily))") }
        if let variantName { config.append("variantName: \(literal(variantName))") }
        let summary = SwiftSourceText.comment("\(modelName) — \(provider), \(contentType.replacingOccurrences(of: "_", with: " ")).")
        return """
        import TokenPricing

        extension Models {
            /// \(summary)
            public static let \(identifier) = ModelDefinition(
                config: ModelConfig(
                    \(config.joined(separator: ",\n            "))
                ),
                inputSchema: InputSchema(
                    properties: [
                        SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
                    ],
                    required: ["prompt"]
                ),
                // A flat price: edit the factors when the price moves with a parameter
                // (see Docs/PRICING.md for the rule kinds).
                pricing: PricingRule()
            )
        }

        """
    }
}
