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
    /// The provider's id (`kie_ai`, …). A new id is written as a `Provider(…)` literal.
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

    /// The Swift identifier of the `static let`, e.g. `klingV3ProImageToVideo`.
    public var identifier: String {
        let words = (modelName + " " + contentType).split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var result = ""
        for (i, word) in words.enumerated() {
            let w = word.filter { $0.isASCII }
            guard !w.isEmpty else { continue }
            result += i == 0 ? w.prefix(1).lowercased() + w.dropFirst() : w.prefix(1).uppercased() + w.dropFirst()
        }
        if result.isEmpty || result.first!.isNumber { result = "model" + result }
        return result
    }

    /// The file name, e.g. `KlingV3Pro.swift`.
    public var fileName: String {
        let words = modelName.split { !$0.isLetter && !$0.isNumber }.map { String($0).filter(\.isASCII) }.filter { !$0.isEmpty }
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return (name.isEmpty ? "Model" : name) + ".swift"
    }

    /// The file's path relative to the package root.
    public var relativePath: String { "Sources/ModelRegistry/Models/\(contentType)/\(fileName)" }

    private static func literal(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if ch.value < 0x20 { out += "\\u{\(String(ch.value, radix: 16))}" } else { out.unicodeScalars.append(ch) }
            }
        }
        return out + "\""
    }

    private var providerExpression: String {
        switch provider {
        case Provider.kieAI.rawValue: return ".kieAI"
        case Provider.runware.rawValue: return ".runware"
        case Provider.lovableAISync.rawValue: return ".lovableAISync"
        default: return "Provider(\(Self.literal(provider)), displayName: \(Self.literal(provider)))"
        }
    }

    private var contentTypeExpression: String {
        let parts = contentType.split(separator: "_")
        return "." + parts.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst() }.joined()
    }

    /// The Swift source of the model file.
    public var source: String {
        var config = [
            "recordId: \(Self.literal(recordId))",
            "modelId: \(Self.literal(modelId))",
            "modelName: \(Self.literal(modelName))",
            "provider: \(providerExpression)",
            "contentType: \(contentTypeExpression)",
            "baseTokenCost: \(Self.literal(baseTokenCost.description))",
            "estimatedTimeSeconds: \(estimatedTimeSeconds)",
            "isActive: \(isActive)",
        ]
        if let modelFamily { config.append("modelFamily: \(Self.literal(modelFamily))") }
        if let variantName { config.append("variantName: \(Self.literal(variantName))") }
        return """
        import TokenPricing

        extension Models {
            /// \(modelName.replacingOccurrences(of: "\n", with: " ")) — \(provider), \(contentType.replacingOccurrences(of: "_", with: " ")).
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

    /// Writes the model file into the package at `packageRoot` and registers it in
    /// `Models/AllModels.swift`.
    /// - Parameters:
    ///   - packageRoot: the folder holding the package's `Package.swift`.
    ///   - existingRecordIds: record ids already taken (the compiled registry's); the model
    ///     files on disk are searched too, for models not yet compiled.
    /// - Returns: the relative path of the new file.
    /// - Throws: `ScaffoldError` when the content type is unknown, the file exists, the
    ///   record id or identifier is taken, or the files cannot be written. Nothing is
    ///   written when it throws.
    public func write(into packageRoot: URL, existingRecordIds: Set<String>) throws(ScaffoldError) -> String {
        guard ContentType.known.contains(where: { $0.rawValue == contentType }) else {
            throw ScaffoldError("unknown content type '\(contentType)'; expected one of \(ContentType.known.map(\.rawValue).joined(separator: ", ")) (add a new one as a static let in Sources/ModelRegistry/Config/ContentType.swift)")
        }
        guard baseTokenCost > .zero else { throw ScaffoldError("base cost must be above 0, found \(baseTokenCost)") }
        guard !modelName.trimmingCharacters(in: .whitespaces).isEmpty else { throw ScaffoldError("the model name is empty") }
        let fm = FileManager.default
        let modelsDir = packageRoot.appendingPathComponent("Sources/ModelRegistry/Models")
        let allModels = modelsDir.appendingPathComponent("AllModels.swift")
        guard let listing = try? String(contentsOf: allModels, encoding: .utf8) else {
            throw ScaffoldError("cannot read \(allModels.path): run new-model from the package root or pass --package-root")
        }
        let file = packageRoot.appendingPathComponent(relativePath)
        if fm.fileExists(atPath: file.path) { throw ScaffoldError("\(relativePath) already exists; refusing to overwrite it") }
        if existingRecordIds.contains(recordId) { throw ScaffoldError("record id '\(recordId)' is already used by a registered model") }
        let needle = "recordId: \(Self.literal(recordId))"
        if let enumerator = fm.enumerator(at: modelsDir, includingPropertiesForKeys: nil) {
            for case let url as URL in enumerator where url.pathExtension == "swift" {
                if let text = try? String(contentsOf: url, encoding: .utf8), text.contains(needle) {
                    throw ScaffoldError("record id '\(recordId)' is already used in \(url.path)")
                }
            }
        }
        let entry = "        \(identifier),"
        if listing.components(separatedBy: "\n").contains(entry) { throw ScaffoldError("Models.\(identifier) is already registered; choose another name") }
        var lines = listing.components(separatedBy: "\n")
        guard let close = lines.lastIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "]" }) else {
            throw ScaffoldError("cannot find the end of the list in \(allModels.path)")
        }
        lines.insert(entry, at: close)
        do {
            try fm.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(source.utf8).write(to: file, options: .withoutOverwriting)
        } catch {
            throw ScaffoldError("cannot write \(file.path): \(error.localizedDescription)")
        }
        do {
            try Data(lines.joined(separator: "\n").utf8).write(to: allModels, options: .atomic)
        } catch {
            try? fm.removeItem(at: file)
            throw ScaffoldError("cannot update \(allModels.path): \(error.localizedDescription)")
        }
        return relativePath
    }
}

/// Why a model file could not be scaffolded.
public struct ScaffoldError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, in words.
    public var message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}
