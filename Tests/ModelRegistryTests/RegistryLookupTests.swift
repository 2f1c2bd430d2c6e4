import ModelRegistry
import Testing
import TokenPricing

/// The registry's API over the ported models: order, lookups, filters and families.
@Suite("Registry API")
struct RegistryLookupTests {
    let registry = ModelRegistry.standard

    static func precedes(_ a: ModelDefinition, _ b: ModelDefinition) -> Bool {
        let x = a.config, y = b.config
        if x.contentType != y.contentType { return x.contentType < y.contentType }
        let fx = x.modelFamily ?? x.modelName, fy = y.modelFamily ?? y.modelName
        if fx != fy { return fx < fy }
        let ox = x.displayOrderInFamily ?? .max, oy = y.displayOrderInFamily ?? .max
        if ox != oy { return ox < oy }
        if x.modelName != y.modelName { return x.modelName < y.modelName }
        return x.recordId < y.recordId
    }

    @Test("the order is sorted by content type, family and order in family")
    func stableOrder() {
        let models = registry.models
        #expect(models.count == 140)
        for (a, b) in zip(models, models.dropFirst()) {
            #expect(Self.precedes(a, b), "\(a.testDescription) before \(b.testDescription)")
        }
        #expect(models.first?.config.contentType == .promptToImage)
        #expect(models.last?.config.contentType == registry.contentTypes.last)
    }

    @Test("the order does not depend on the order of the definitions")
    func orderIsDeterministic() {
        let expected = registry.models.map(\.recordId)
        #expect(ModelRegistry(models: Models.all.reversed()).models.map(\.recordId) == expected)
        #expect(ModelRegistry(models: Models.all.sorted { $0.recordId > $1.recordId }).models.map(\.recordId) == expected)
        var generator = SplitMix64(seed: 42)
        #expect(ModelRegistry(models: Models.all.shuffled(using: &generator)).models.map(\.recordId) == expected)
    }

    @Test("lookup by record id", arguments: ObservedCatalogue.models)
    func byRecordId(entry: ObservedModel) throws {
        let model = try #require(registry.model(recordId: entry.recordId))
        #expect(model.config.modelName == entry.modelName)
        #expect(registry.pricedModel(recordId: entry.recordId)?.recordId == entry.recordId)
    }

    @Test("an unknown record id finds nothing")
    func unknownRecordId() {
        #expect(registry.model(recordId: "no-such-model") == nil)
        #expect(registry.model(recordId: "") == nil)
        #expect(registry.model(recordId: "SCHNELL") == nil)
        #expect(registry.pricedModel(recordId: "no-such-model") == nil)
    }

    @Test("lookup by model id: not found, unique, ambiguous")
    func byModelId() throws {
        #expect(registry.models(modelId: "no-such-model") == .notFound)
        #expect(registry.models(modelId: "no-such-model").unique == nil)

        let imagen = try #require(registry.models(modelId: "google/imagen4").unique)
        #expect(imagen.recordId == "5290ad50-ebeb-4fc0-97fb-bff7db6784b5")

        guard case .ambiguous(let chatGPT) = registry.models(modelId: "4o-image-api") else {
            Issue.record("4o-image-api is shared by two entries")
            return
        }
        #expect(registry.models(modelId: "4o-image-api").unique == nil)
        #expect(Set(chatGPT.map(\.recordId)) == ["4b68811b-28be-45cb-bcae-9db721ba4547", "3b83cee8-6164-4d98-aebe-f4eadcb3da1d"])
        // In registry order: prompt to image before image editing.
        #expect(chatGPT.map(\.config.contentType) == [.promptToImage, .imageEditing])

        guard case .ambiguous(let flux) = registry.models(modelId: "runware:100@1") else {
            Issue.record("runware:100@1 is shared by FLUX.1 Pro, Flux.1 Schnell and Flux.1 [Schnell]")
            return
        }
        #expect(Set(flux.map(\.recordId)) == [
            "7a2f8c3e-4b5d-6e9a-1f8c-2d4b6e9a3f5c", "32e98d54-3e47-41f8-ae70-0b0c18b78b8f", "5e6f7a8b-9c0d-1e2f-3a4b-234567890123",
        ])
    }

    @Test("filter by provider")
    func byProvider() {
        let counts = Dictionary(grouping: ObservedCatalogue.models, by: \.provider).mapValues(\.count)
        for provider in Provider.known {
            let found = registry.models(provider: provider)
            #expect(found.count == counts[provider.rawValue, default: 0], "\(provider.rawValue)")
            #expect(found.allSatisfy { $0.config.provider == provider })
            #expect(found.map(\.recordId) == registry.models.filter { $0.config.provider == provider }.map(\.recordId))
        }
        #expect(registry.models(provider: .kieAI).count == 111)
        #expect(registry.models(provider: .runware).count == 28)
        #expect(registry.models(provider: .lovableAISync).count == 1)
        #expect(registry.models(provider: Provider("replicate", displayName: "Replicate")).isEmpty)
        #expect(registry.providers == [.kieAI, .lovableAISync, .runware])
    }

    @Test("filter by content type")
    func byContentType() {
        let counts = Dictionary(grouping: ObservedCatalogue.models, by: \.contentType).mapValues(\.count)
        for contentType in ContentType.known {
            let found = registry.models(contentType: contentType)
            #expect(found.count == counts[contentType.rawValue, default: 0], "\(contentType.rawValue)")
            #expect(found.allSatisfy { $0.config.contentType == contentType })
        }
        #expect(registry.models(contentType: .promptToImage).count == 42)
        #expect(registry.models(contentType: .promptToAudio).count == 9)
        // Every known content type has models now, the five new ones included.
        #expect(registry.contentTypes == ContentType.known)
    }

    @Test("filter by active flag and combined filters")
    func byActiveAndCombined() {
        #expect(registry.models(isActive: true).count == 140)
        #expect(registry.models(isActive: false).isEmpty)
        #expect(registry.models().count == 140)
        let runwareImages = registry.models(provider: .runware, contentType: .promptToImage, isActive: true)
        #expect(runwareImages.count == 18)
        #expect(runwareImages.allSatisfy { $0.config.provider == .runware && $0.config.contentType == .promptToImage })
        #expect(registry.models(provider: .lovableAISync, contentType: .promptToVideo).isEmpty)
    }

    @Test("a registry with an inactive model filters it")
    func inactiveFilter() throws {
        var inactive = try #require(Models.all.first)
        inactive.config.isActive = false
        let registry = ModelRegistry(models: [inactive] + Models.all.dropFirst())
        #expect(registry.models(isActive: false).map(\.recordId) == [inactive.recordId])
        #expect(registry.models(isActive: true).count == 139)
    }

    @Test("families are sorted by name, their models by order in family")
    func families() {
        let families = registry.families
        let names = families.map(\.name)
        #expect(names == names.sorted())
        #expect(Set(names).count == names.count)
        #expect(families.reduce(0) { $0 + $1.models.count } == 140)
        for family in families {
            #expect(family.models.allSatisfy { ($0.config.modelFamily ?? $0.config.modelName) == family.name })
            let orders = family.models.map { $0.config.displayOrderInFamily ?? .max }
            #expect(orders == orders.sorted(), "\(family.name)")
        }
        let google = families.first { $0.name == "Google" }
        #expect(google?.models.first?.config.displayOrderInFamily == 1)
        #expect(google?.models.last?.config.displayOrderInFamily == 3)
    }

    @Test("quoting an unknown record id throws unknownModel")
    func quoteUnknownModel() {
        let error = #expect(throws: PricingError.self) {
            try registry.quote(recordId: "no-such-model", parameters: [:])
        }
        #expect(error?.kind == .unknownModel)
        #expect(error?.modelRecordId == "no-such-model")
    }

    @Test("quoting through the registry equals quoting the model")
    func quoteThroughRegistry() throws {
        let quote = try registry.quote(recordId: "4b68811b-28be-45cb-bcae-9db721ba4547", parameters: ["nVariants": 4])
        #expect(quote.total == "4")
        #expect(quote.modelRecordId == "4b68811b-28be-45cb-bcae-9db721ba4547")
    }
}

/// A small deterministic random generator, so the shuffled order is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
