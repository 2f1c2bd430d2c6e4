import TokenPricing

/// The registry's types in the portable form (Docs/PORTABLE-PRICING.md): `ModelConfig` is the
/// `config` object of a `PortableModel`, a `ModelDefinition` is a `PortableModel`, the
/// registry is a `PortablePricingFile`. TokenPricing checks every field's name and JSON type;
/// here the ones with a closed set of values (`payloadStructure`) are checked too.
extension ModelConfig {
    /// The config fields other than the four pricing reads (`PortableModel.registryFields`).
    public var portableRegistryFields: [String: ParameterValue] {
        var o: [String: ParameterValue] = [
            "modelId": .string(modelId), "provider": .string(provider.rawValue), "contentType": .string(contentType.rawValue),
            "estimatedTimeSeconds": .number(ExactDecimal(estimatedTimeSeconds)),
        ]
        o.setIfPresent("modelFamily", modelFamily.map(ParameterValue.string))
        o.setIfPresent("variantName", variantName.map(ParameterValue.string))
        o.setIfPresent("displayOrderInFamily", displayOrderInFamily.map { .number(ExactDecimal($0)) })
        o.setIfPresent("maxImages", maxImages.map { .number(ExactDecimal($0)) })
        o.setIfPresent("defaultOutputs", defaultOutputs.map { .number(ExactDecimal($0)) })
        o.setIfPresent("apiEndpoint", apiEndpoint.map(ParameterValue.string))
        o.setIfPresent("payloadStructure", payloadStructure.map { .string($0.rawValue) })
        o.setIfPresent("logoUrl", logoUrl.map(ParameterValue.string))
        o.setIfPresent("apiKeyName", apiKeyName.map(ParameterValue.string))
        o.setIfPresent("maxFileSizeBytes", maxFileSizeBytes.map { .number(ExactDecimal($0)) })
        o.setIfPresent("maxDurationSeconds", maxDurationSeconds.map(ParameterValue.portableDecimal))
        o.setIfPresent("minDurationSeconds", minDurationSeconds.map(ParameterValue.portableDecimal))
        o.setIfPresent("maxAudios", maxAudios.map { .number(ExactDecimal($0)) })
        o.setIfPresent("maxVideos", maxVideos.map { .number(ExactDecimal($0)) })
        o.setIfPresent("requiresAudio", requiresAudio.map(ParameterValue.bool))
        o.setIfPresent("taskType", taskType.map(ParameterValue.string))
        o.setIfPresent("outputFormat", outputFormat.map(ParameterValue.string))
        o.setIfPresent("acceptedVideoTypes", acceptedVideoTypes.map(ParameterValue.portableStrings))
        return o
    }

    /// The config of a portable model, whose fields TokenPricing has checked by type.
    /// - Parameters:
    ///   - model: the model as the portable form holds it.
    ///   - path: the model's key path, for errors (`models[3]`).
    /// - Throws: `PortableFormatError` for a provider, content type or `payloadStructure` this
    ///   registry does not know.
    public init(portable model: PortableModel, at path: String) throws(PortableFormatError) {
        let f = model.registryFields
        func string(_ key: String) -> String? { if case .string(let s)? = f[key] { return s } else { return nil } }
        func int(_ key: String) -> Int? { if case .number(let n)? = f[key] { return n.intValue } else { return nil } }
        func decimal(_ key: String) -> ExactDecimal? { if case .string(let s)? = f[key] { return ExactDecimal(s) } else { return nil } }
        func bool(_ key: String) -> Bool? { if case .bool(let b)? = f[key] { return b } else { return nil } }
        func strings(_ key: String) -> [String]? {
            guard case .array(let a)? = f[key] else { return nil }
            return a.compactMap { if case .string(let s) = $0 { s } else { nil } }
        }
        let config = Portable.path(path, "config")
        var payload: PayloadStructure?
        if let raw = string("payloadStructure") {
            payload = try Portable.choice(
                .string(raw), Portable.path(config, "payloadStructure"),
                PayloadStructure.allCases.map { ($0.rawValue, $0) }, what: "payload structure")
        }
        // A misspelt provider or content type must not become one of its own that matches nothing.
        let provider = try Portable.choice(
            .string(string("provider") ?? ""), Portable.path(config, "provider"), Provider.known.map { ($0.rawValue, $0) },
            what: "provider")
        let contentType = try Portable.choice(
            .string(string("contentType") ?? ""), Portable.path(config, "contentType"), ContentType.known.map { ($0.rawValue, $0) },
            what: "content type")
        self.init(
            recordId: model.recordId, modelId: string("modelId") ?? "", modelName: model.modelName,
            provider: provider, contentType: contentType,
            baseTokenCost: model.baseTokenCost, estimatedTimeSeconds: int("estimatedTimeSeconds") ?? 0, isActive: model.isActive,
            modelFamily: string("modelFamily"), variantName: string("variantName"), displayOrderInFamily: int("displayOrderInFamily"),
            maxImages: int("maxImages"), defaultOutputs: int("defaultOutputs"), apiEndpoint: string("apiEndpoint"),
            payloadStructure: payload, logoUrl: string("logoUrl"),
            apiKeyName: string("apiKeyName"), maxFileSizeBytes: int("maxFileSizeBytes"), maxDurationSeconds: decimal("maxDurationSeconds"),
            minDurationSeconds: decimal("minDurationSeconds"), maxAudios: int("maxAudios"), maxVideos: int("maxVideos"),
            requiresAudio: bool("requiresAudio"), taskType: string("taskType"), outputFormat: string("outputFormat"),
            acceptedVideoTypes: strings("acceptedVideoTypes"))
    }
}

extension ModelDefinition {
    /// The definition as a portable model.
    public var portable: PortableModel {
        PortableModel(
            recordId: config.recordId, modelName: config.modelName, baseTokenCost: config.baseTokenCost, isActive: config.isActive,
            registryFields: config.portableRegistryFields, inputSchema: inputSchema, rule: pricing, notes: notes)
    }

    /// The definition of a portable model. It has no Swift file: `sourceFile` names `file`
    /// (or `portable`), so `sourcePath` is `nil`.
    public init(portable model: PortableModel, at path: String, file: String? = nil) throws(PortableFormatError) {
        self.init(
            config: try ModelConfig(portable: model, at: path), inputSchema: model.inputSchema, pricing: model.rule,
            notes: model.notes, sourceFile: file ?? "portable")
    }
}

extension ModelRegistry {
    /// The registry as a portable pricing document, in registry order.
    public var portable: PortablePricingFile {
        PortablePricingFile(models: models.map(\.portable))
    }

    /// A registry of the models of a portable pricing document.
    /// - Parameters:
    ///   - document: a portable pricing document.
    ///   - file: named in errors and in the definitions' `sourceFile`.
    public init(portable document: PortablePricingFile, file: String? = nil) throws(PortableFormatError) {
        var definitions: [ModelDefinition] = []
        for (i, model) in document.models.enumerated() {
            do {
                definitions.append(try ModelDefinition(portable: model, at: "models[\(i)]", file: file))
            } catch {
                throw error.inFile(file)
            }
        }
        self.init(models: definitions)
    }
}
