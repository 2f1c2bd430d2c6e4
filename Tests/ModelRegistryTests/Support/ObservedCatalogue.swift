import Foundation
import ModelRegistry
import Testing
import TokenPricing

/// The observed costs of the platform's current catalogue (`Fixtures/observed-costs.json`, the
/// observed part of the platform's export, copied into the repository so that a fresh clone
/// tests without it), decoded for the golden tests.
///
/// Numbers are decoded with `JSONDecoder` straight into `ExactDecimal` and `ParameterValue`,
/// which read them through `Decimal`'s digits, never through `Double` (`FixtureDecodingTests`
/// checks that assumption on values such as 0.06 and 1.16666).
enum ObservedCatalogue {
    /// Every model of the fixture, in file order.
    static let models: [ObservedModel] = {
        do {
            return try load().models
        } catch {
            fatalError("cannot load Fixtures/observed-costs.json: \(error)")
        }
    }()

    /// Decodes the fixture from the test bundle.
    static func load() throws -> ObservedCostsFile {
        guard let url = Bundle.module.url(forResource: "observed-costs", withExtension: "json", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try JSONDecoder().decode(ObservedCostsFile.self, from: Data(contentsOf: url))
    }

    /// The model with this record id.
    static func model(recordId: String) -> ObservedModel? {
        models.first { $0.recordId == recordId }
    }
}

/// The fixture file.
struct ObservedCostsFile: Decodable, Sendable {
    var about: String
    var models: [ObservedModel]
}

/// One model's observed costs.
struct ObservedModel: Decodable, Sendable, CustomTestStringConvertible {
    var recordId: String
    var modelName: String
    var contentType: String
    var provider: String
    var inputsAtDefaults: [String: ParameterValue]
    var costAtDefaults: ExactDecimal
    var costWithNoInputs: ExactDecimal
    var oneParameterChanged: [ParameterChange]

    /// Names the model in parameterised test results.
    var testDescription: String { "\(modelName) (\(contentType), \(recordId))" }

    /// How many observations the file holds for this model.
    var observationCount: Int { 2 + oneParameterChanged.count }
}

/// One observation: `inputsAtDefaults` with `field` set to `value` cost `cost`.
struct ParameterChange: Decodable, Sendable {
    var field: String
    var value: ParameterValue
    var cost: ExactDecimal
}

/// One observed cost, as the inputs to price and the amount charged.
struct Observation: Sendable, CustomStringConvertible {
    var label: String
    var inputs: [String: ParameterValue]
    var cost: ExactDecimal

    var description: String { label }
}

extension ObservedModel {
    /// The observed costs as priceable calls against `schema`, and how many were dropped.
    ///
    /// Interpretation: `costAtDefaults` is the price of `inputsAtDefaults`, `costWithNoInputs`
    /// the price of `[:]`, and each `oneParameterChanged` entry the price of `inputsAtDefaults`
    /// with that one field replaced by its value.
    ///
    /// The harness that recorded the costs sent `prompt: "a test prompt"` to every model. The
    /// registry is strict (a parameter its schema lacks is an error, never ignored), so only the
    /// schema's parameters are sent: the defaults are filtered to the schema, and a change of a
    /// field the schema lacks is dropped and counted.
    func observations(for schema: InputSchema) -> (observations: [Observation], dropped: Int) {
        let defaults = inputsAtDefaults.filter { schema[$0.key] != nil }
        var result = [
            Observation(label: "costAtDefaults", inputs: defaults, cost: costAtDefaults),
            Observation(label: "costWithNoInputs", inputs: [:], cost: costWithNoInputs),
        ]
        var dropped = 0
        for change in oneParameterChanged {
            guard schema[change.field] != nil else {
                dropped += 1
                continue
            }
            var inputs = defaults
            inputs[change.field] = change.value
            result.append(Observation(
                label: "oneParameterChanged \(change.field) = \(change.value.displayText)", inputs: inputs, cost: change.cost))
        }
        return (result, dropped)
    }

    /// The definition of this model in the standard registry.
    var registered: ModelDefinition? { ModelRegistry.standard.model(recordId: recordId) }
}

extension ModelDefinition: CustomTestStringConvertible {
    /// Names the model in parameterised test results.
    public var testDescription: String {
        "\(config.modelName) (\(config.contentType.rawValue), \(config.provider.rawValue), \(config.recordId))"
    }
}
