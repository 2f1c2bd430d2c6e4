import Foundation
import ModelRegistry
import Testing
import TokenPricing

/// The catalogue the registry was ported from (`Fixtures/models.json`, a copy of the shared
/// catalogue), decoded for the tests.
///
/// Numbers are decoded with `JSONDecoder` straight into `ExactDecimal` and `ParameterValue`,
/// which read them through `Decimal`'s digits, never through `Double` (`FixtureDecodingTests`
/// checks that assumption on values such as 0.07 and 1.16666).
enum Catalogue {
    /// Every entry of the fixture, in file order.
    static let entries: [CatalogueEntry] = {
        do {
            return try load().models
        } catch {
            fatalError("cannot load Fixtures/models.json: \(error)")
        }
    }()

    /// Decodes the fixture from the test bundle.
    static func load() throws -> CatalogueFile {
        guard let url = Bundle.module.url(forResource: "models", withExtension: "json", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try JSONDecoder().decode(CatalogueFile.self, from: Data(contentsOf: url))
    }

    /// The entry with this record id.
    static func entry(recordId: String) -> CatalogueEntry? {
        entries.first { $0.config.recordId == recordId }
    }
}

/// The fixture file.
struct CatalogueFile: Decodable, Sendable {
    var about: String
    var models: [CatalogueEntry]
}

/// One model of the catalogue.
struct CatalogueEntry: Decodable, Sendable, CustomTestStringConvertible {
    var config: CatalogueConfig
    var group: String
    var inputSchema: CatalogueSchema
    var observedCosts: ObservedCosts
    var pricing: CataloguePricing
    var upstreamPath: String

    /// Names the model in parameterised test results.
    var testDescription: String { "\(config.modelName) (\(config.contentType), \(config.provider), \(config.recordId))" }
}

/// `config`: the registry fields, with the cost under its catalogue name `baseCreditCost`.
struct CatalogueConfig: Decodable, Sendable {
    var recordId: String
    var modelId: String
    var modelName: String
    var provider: String
    var contentType: String
    var baseCreditCost: ExactDecimal
    var estimatedTimeSeconds: Int
    var isActive: Bool
    var modelFamily: String?
    var variantName: String?
    var displayOrderInFamily: Int?
    var maxImages: Int?
    var defaultOutputs: Int?
    var apiEndpoint: String?
    var payloadStructure: String?
    var logoUrl: String?
    /// The legacy multipliers, superseded by `pricing` (not ported).
    var costMultipliers: [String: [String: ExactDecimal]]
}

/// `inputSchema`.
struct CatalogueSchema: Decodable, Sendable {
    var properties: [String: CatalogueProperty]
    var required: [String]
    var imageInputField: String?
    var xOrder: [String]?
    var usePromptRenderer: Bool?

    enum CodingKeys: String, CodingKey {
        case properties, required, imageInputField, usePromptRenderer
        case xOrder = "x-order"
    }

    /// The property names in the file's order (the file lists them sorted).
    var propertyNames: [String] { properties.keys.sorted() }
}

/// One schema property.
struct CatalogueProperty: Decodable, Sendable {
    var type: String
    var `default`: ParameterValue?
    var `enum`: [ParameterValue]?
    var minimum: ExactDecimal?
    var maximum: ExactDecimal?
    var maxLength: Int?
    var title: String?
    var description: String?
    var renderer: String?
    var format: String?
    var items: CatalogueItems?
    var showToUser: Bool?
}

/// An array property's `items`.
struct CatalogueItems: Decodable, Sendable {
    var type: String
    var format: String?
}

/// `pricing`: the base cost times each factor, then the rounding.
struct CataloguePricing: Decodable, Sendable {
    var factors: [CatalogueFactor]
    var rounding: String?
}

/// One pricing factor: `multiplier` (a table) or `perUnit`.
struct CatalogueFactor: Decodable, Sendable {
    var kind: String
    var parameter: String
    var table: [String: ExactDecimal]?
    var valueNotInTable: ExactDecimal?
    var whenAbsent: ParameterValue?
}

/// What the running platform charged.
struct ObservedCosts: Decodable, Sendable {
    var costAtDefaults: ExactDecimal
    var costWithNoInputs: ExactDecimal
    var inputsAtDefaults: [String: ParameterValue]
    var oneParameterChanged: [ParameterChange]
}

/// One observation: `inputsAtDefaults` with `field` set to `value` cost `cost`.
struct ParameterChange: Decodable, Sendable {
    var cost: ExactDecimal
    var field: String
    var value: ParameterValue
}

/// One observed cost, as the inputs to price and the amount charged.
struct Observation: Sendable, CustomStringConvertible {
    var label: String
    var inputs: [String: ParameterValue]
    var cost: ExactDecimal

    var description: String { label }
}

extension CatalogueEntry {
    /// The observed costs as priceable calls.
    ///
    /// Interpretation (the one that reproduces all 679 observations; `ObservedCostTests` checks
    /// that the other does not): `costAtDefaults` is the price of `inputsAtDefaults`,
    /// `costWithNoInputs` the price of `[:]`, and each `oneParameterChanged` entry the price of
    /// `inputsAtDefaults` with that one field replaced by its value.
    ///
    /// The harness that recorded the costs sent `prompt: "a test prompt"` to every model. A model
    /// whose schema has no `prompt` parameter (its text is `positivePrompt` or `text`, or it
    /// takes none) would reject it as an unknown parameter, so for those models the prompt is
    /// left out: it is the request's text, which no rule prices.
    func observations(schemaHasPrompt: Bool) -> [Observation] {
        var defaults = observedCosts.inputsAtDefaults
        if !schemaHasPrompt { defaults["prompt"] = nil }
        var result = [
            Observation(label: "costAtDefaults", inputs: defaults, cost: observedCosts.costAtDefaults),
            Observation(label: "costWithNoInputs", inputs: [:], cost: observedCosts.costWithNoInputs),
        ]
        for change in observedCosts.oneParameterChanged {
            var inputs = defaults
            inputs[change.field] = change.value
            result.append(Observation(
                label: "oneParameterChanged \(change.field) = \(change.value.displayText)", inputs: inputs, cost: change.cost))
        }
        return result
    }

    /// The ported definition of this entry in the standard registry.
    var ported: ModelDefinition? { ModelRegistry.standard.model(recordId: config.recordId) }
}

extension ModelDefinition: CustomTestStringConvertible {
    /// Names the model in parameterised test results.
    public var testDescription: String {
        "\(config.modelName) (\(config.contentType.rawValue), \(config.provider.rawValue), \(config.recordId))"
    }
}
