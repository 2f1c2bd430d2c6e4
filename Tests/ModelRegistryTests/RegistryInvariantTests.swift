import Foundation
import ModelRegistry
import Testing
import TokenPricing

/// SPEC's rules that the registry itself must keep (the integrity check reports the same ones
/// for templates and workflows).
@Suite("Registry invariants")
struct RegistryInvariantTests {
    static let models = ModelRegistry.standard.models

    @Test("record ids are unique, ignoring case and surrounding spaces (ModelInvariants.recordIdKey)")
    func uniqueRecordIds() {
        let ids = Models.all.map(\.recordId)
        #expect(ids.count == 140)
        #expect(ModelInvariants.duplicateRecordIds(ids).isEmpty)
        #expect(ModelRegistry.standard.models.count == ids.count)
    }

    /// The two legacy ids (`100@1`, `schnell`) retired with the 140-model catalogue: their
    /// successors have UUIDs.
    @Test("every record id is a UUID: the legacy non-UUID ids are retired")
    func nonUUIDRecordIds() {
        let nonUUID = Models.all.map(\.recordId).filter { UUID(uuidString: $0) == nil }
        #expect(nonUUID.isEmpty)
        for legacy in ["100@1", "schnell"] {
            #expect(ModelRegistry.standard.model(recordId: legacy) == nil, "\(legacy) is retired")
        }
        #expect(ModelRegistry.standard.model(recordId: "7a2f8c3e-4b5d-6e9a-1f8c-2d4b6e9a3f5c")?.config.modelName == "FLUX.1 Pro")
        #expect(ModelRegistry.standard.model(recordId: "8b3e9d2f-5c6a-7f1b-2e9c-4d5a8f3b7c1e")?.config.modelName == "FLUX.1 Schnell")
    }

    /// The same rules `admin-site new-model` applies to its flags before it writes a file.
    @Test("every config keeps the shared invariants (the scaffolder's rules)", arguments: models)
    func configInvariants(model: ModelDefinition) {
        #expect(ModelInvariants.problems(of: model.config).isEmpty, "\(model.config.modelName): \(ModelInvariants.problems(of: model.config))")
    }

    @Test("the invariants refuse what the registry must never hold")
    func invariantsRefuse() {
        let good = Self.models[0].config
        let cases: [(String, @Sendable (inout ModelConfig) -> Void)] = [
            ("recordId", { $0.recordId = $0.recordId.uppercased() }),
            ("recordId", { $0.recordId = " " + $0.recordId }),
            // The retired ids are no longer exceptions.
            ("recordId", { $0.recordId = "schnell" }),
            ("recordId", { $0.recordId = "100@1" }),
            ("modelName", { $0.modelName = "a\nb" }),
            ("modelName", { $0.modelName = "a\rb" }),
            ("modelId", { $0.modelId = "" }),
            ("provider", { $0.provider = Provider("kie_aj", displayName: "kie_aj") }),
            ("contentType", { $0.contentType = ContentType("x", displayName: "x", outputKind: "x", sortOrder: 9) }),
            ("baseTokenCost", { $0.baseTokenCost = 0 }),
            ("estimatedTimeSeconds", { $0.estimatedTimeSeconds = -5 }),
            ("modelFamily", { $0.modelFamily = "" }),
            ("variantName", { $0.variantName = "x\u{2028}" }),
        ]
        #expect(ModelInvariants.problems(of: good).isEmpty)
        for (field, change) in cases {
            var bad = good
            change(&bad)
            #expect(ModelInvariants.problems(of: bad).map(\.field) == [field], "\(field)")
        }
        #expect(ModelInvariants.duplicateRecordIds(["a", " A", "b"]) == [["a", " A"]])
    }

    @Test("schema defaults fit their own type, enum and range", arguments: models)
    func defaultsAreValid(model: ModelDefinition) {
        for property in model.inputSchema.properties {
            guard let value = property.defaultValue else { continue }
            #expect(property.problems(with: value, at: property.name).isEmpty, "\(property.name) = \(value.displayText)")
        }
        #expect(model.inputSchema.validate(model.inputSchema.defaults, requireAll: false).isEmpty)
    }

    @Test("the schema is well formed", arguments: models)
    func schemaWellFormed(model: ModelDefinition) {
        let schema = model.inputSchema
        let names = schema.properties.map(\.name)
        #expect(Set(names).count == names.count, "duplicate property names")
        for name in schema.required { #expect(schema[name] != nil, "required \(name) is not a property") }
        for name in schema.displayOrder ?? [] { #expect(schema[name] != nil, "x-order \(name) is not a property") }
        if let field = schema.imageInputField, !field.isEmpty { #expect(schema[field] != nil, "imageInputField \(field)") }
        for property in schema.properties {
            if let lo = property.minimum, let hi = property.maximum { #expect(lo <= hi, "\(property.name) range") }
            for value in property.allowedValues ?? [] {
                #expect(property.type.accepts(value), "\(property.name): enum value \(value.displayText)")
            }
        }
    }

    @Test("pricing rules have no errors against their schema", arguments: models)
    func pricingRulesHaveNoErrors(model: ModelDefinition) {
        let issues = model.pricing.issues(against: model.inputSchema)
        #expect(issues.filter { $0.severity == .error }.isEmpty, "\(issues)")
        for parameter in model.pricing.pricedParameters {
            #expect(model.inputSchema[parameter] != nil, "prices on \(parameter), which the schema lacks")
        }
    }

    @Test("the only pricing warning is runware upscale's dead table key 3")
    func pricingWarnings() {
        let warnings = Self.models.flatMap { m in
            m.pricing.issues(against: m.inputSchema).filter { $0.severity == .warning }.map { (m.config.modelName, $0) }
        }
        #expect(warnings.count == 1)
        #expect(warnings.first?.0 == "runware upscale")
        #expect(warnings.first?.1.parameter == "upscaleFactor")
        #expect(warnings.first?.1.message.contains("'3'") == true)
    }

    @Test("multiplier tables cover the enum or state an otherwise", arguments: models)
    func tablesCoverTheEnum(model: ModelDefinition) {
        for case .multiplier(let m) in model.pricing.factors {
            guard let allowed = model.inputSchema[m.parameter]?.allowedValues else {
                #expect(m.otherwise != nil, "\(m.parameter) has no enum and no otherwise")
                continue
            }
            for value in allowed where !m.table.contains(value) {
                #expect(m.otherwise != nil, "\(m.parameter) = \(value.displayText) has no factor and no otherwise")
            }
        }
    }

    @Test("every model prices at its defaults and with no inputs", arguments: models)
    func pricesAtDefaults(model: ModelDefinition) throws {
        let atDefaults = try model.priced.total(model.inputSchema.defaults)
        let bare = try model.priced.total([:])
        #expect(atDefaults > .zero)
        #expect(bare > .zero)
        #expect(!model.pricing.explanation(baseTokenCost: model.config.baseTokenCost).isEmpty)
    }

    @Test("every enum value of a priced parameter prices", arguments: models)
    func everyEnumValuePrices(model: ModelDefinition) throws {
        for parameter in model.pricing.pricedParameters {
            for value in model.inputSchema[parameter]?.allowedValues ?? [] {
                #expect(try model.priced.total([parameter: value]) > .zero)
            }
        }
    }

    @Test("model ids shared by several entries are reported as ambiguous")
    func sharedModelIds() {
        let byModelId = Dictionary(grouping: Models.all, by: \.config.modelId)
        let shared = byModelId.filter { $0.value.count > 1 }
        #expect(shared.count == 18)
        for (modelId, models) in byModelId {
            switch ModelRegistry.standard.models(modelId: modelId) {
            case .ambiguous(let found):
                #expect(models.count > 1, "\(modelId)")
                #expect(Set(found.map(\.recordId)) == Set(models.map(\.recordId)), "\(modelId)")
            case .unique(let found):
                #expect(models.count == 1, "\(modelId)")
                #expect(found.recordId == models[0].recordId)
            case .notFound:
                Issue.record("\(modelId) not found")
            }
        }
        if case .ambiguous(let found) = ModelRegistry.standard.models(modelId: "veo3_fast") {
            #expect(found.count == 3)
        } else {
            Issue.record("veo3_fast should be ambiguous")
        }
    }
}
