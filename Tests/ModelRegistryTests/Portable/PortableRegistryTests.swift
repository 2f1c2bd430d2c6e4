import ModelRegistry
import Testing
import TokenPricing

/// The registry in the portable form: every model decodes to its Swift definition and prices
/// exactly like it at every point of its price matrix.
@Suite struct PortableRegistryTests {
    static let registry = ModelRegistry.standard
    static let text = registry.portable.encoded(style: .pretty())
    static let decoded: PortablePricingFile = try! PortablePricingFile(json: Array(text.utf8), file: "registry.json")

    @Test func theWholeRegistryRoundTripsByteForByte() throws {
        #expect(Self.decoded.encoded(style: .pretty()) == Self.text)
        let compact = Self.registry.portable.encoded(style: .compact)
        #expect(try PortablePricingFile(json: Array(compact.utf8)).encoded(style: .compact) == compact)
        #expect(Self.decoded.models.count == Self.registry.models.count)
    }

    @Test("every model decodes to its Swift definition", arguments: ModelRegistry.standard.models)
    func everyModelDecodes(_ model: ModelDefinition) throws {
        let i = try #require(Self.registry.models.firstIndex { $0.recordId == model.recordId })
        let back = try ModelDefinition(portable: Self.decoded.models[i], at: "models[\(i)]")
        #expect(back.config == model.config)
        #expect(back.inputSchema == model.inputSchema)
        #expect(back.pricing == model.pricing)
        #expect(back.notes == model.notes)
    }

    @Test("every model prices like its Swift definition at every matrix point", arguments: ModelRegistry.standard.models)
    func everyModelPricesAlike(_ model: ModelDefinition) throws {
        let catalog = PortablePricingCatalog(Self.decoded)
        let portable = try #require(catalog.pricedModel(recordId: model.recordId))
        let swift = model.priced
        let matrix = PriceMatrix(model: swift)
        var points = 0
        matrix.forEachPoint(limit: .max) { parameters in
            points += 1
            let a = Result { try swift.quote(parameters) }
            let b = Result { try portable.quote(parameters) }
            switch (a, b) {
            case (.success(let x), .success(let y)):
                #expect(x.total == y.total, "\(model.config.modelName) at \(parameters)")
                #expect(x.lineItems == y.lineItems)
            case (.failure(let x as PricingError), .failure(let y as PricingError)):
                #expect(x == y)
            default:
                Issue.record("\(model.config.modelName) at \(parameters): \(a) vs \(b)")
            }
        }
        #expect(points == matrix.pointCount)
        #expect(try swift.total(matrix.base) == portable.total(matrix.base))
    }

    @Test func aRegistryReadFromTheFormIsTheRegistry() throws {
        let back = try ModelRegistry(portable: Self.decoded, file: "registry.json")
        #expect(back.models.map(\.config) == Self.registry.models.map(\.config))
        #expect(back.models.allSatisfy { $0.sourcePath == nil })
    }

    @Test func anUnknownPayloadStructureIsNamed() throws {
        var file = Self.decoded
        file.models[2].registryFields["payloadStructure"] = "nested"
        #expect {
            _ = try ModelRegistry(portable: file, file: "p.json")
        } throws: { error in
            (error as? PortableFormatError)?.description
                == "p.json: models[2].config.payloadStructure: unknown payload structure 'nested'; expected one of flat, wrapper, direct, array"
        }
    }
}

extension PortableRegistryTests {
    @Test func anUnknownProviderIsNamed() throws {
        var file = Self.decoded
        file.models[0].registryFields["provider"] = "kie_aj"
        #expect {
            _ = try ModelRegistry(portable: file, file: "p.json")
        } throws: { error in
            (error as? PortableFormatError)?.description == "p.json: models[0].config.provider: unknown provider 'kie_aj'; expected one of kie_ai, runware, lovable_ai_sync"
        }
    }
}
