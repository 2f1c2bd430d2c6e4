import Foundation
import ModelRegistry
import Testing
import TokenPricing
@testable import PriceStream

/// `admin-site price` answers what the registry's models charge: every observed cost of the
/// platform's current catalogue (the golden fixture of `ModelRegistryTests`), sent as NDJSON
/// requests through the price service over file descriptors, comes back as the same total.
@Suite("Price stream over the registry's observed costs")
struct RegistryObservedCostTests {
    /// The package root (this file is `Tests/PriceStreamTests/RegistryObservedCostTests.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One model's observed costs: record id, then (parameters, cost) filtered to the schema.
    struct Case: Sendable, CustomTestStringConvertible {
        var recordId: String
        var name: String
        var calls: [(parameters: [String: ParameterValue], cost: String)]
        var testDescription: String { "\(name) (\(recordId))" }
    }

    /// The fixture read exactly (`ExactJSONReader`), the observations built as the golden test
    /// builds them: the defaults filtered to the schema, no inputs, one parameter changed.
    static let cases: [Case] = {
        let url = packageRoot.appendingPathComponent("Tests/ModelRegistryTests/Fixtures/observed-costs.json")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
            case .object(let file)? = try? ExactJSONReader.parse(text), case .array(let models)? = file["models"]
        else { return [] }
        return models.compactMap { entry -> Case? in
            guard case .object(let m) = entry, case .string(let recordId)? = m["recordId"], case .string(let name)? = m["modelName"],
                case .object(let defaults)? = m["inputsAtDefaults"], case .number(let atDefaults)? = m["costAtDefaults"],
                case .number(let bare)? = m["costWithNoInputs"], case .array(let changes)? = m["oneParameterChanged"],
                let schema = ModelRegistry.standard.model(recordId: recordId)?.inputSchema
            else { return nil }
            let given = defaults.filter { schema[$0.key] != nil }
            var calls: [(parameters: [String: ParameterValue], cost: String)] = [(given, atDefaults.description), ([:], bare.description)]
            for change in changes {
                guard case .object(let c) = change, case .string(let field)? = c["field"], let value = c["value"],
                    case .number(let cost)? = c["cost"], schema[field] != nil
                else { continue }
                var parameters = given
                parameters[field] = value
                calls.append((parameters, cost.description))
            }
            return Case(recordId: recordId, name: name, calls: calls)
        }
    }()

    static let service = PriceService(models: ModelRegistry.standard, templates: .empty)

    @Test("the fixture is read: 140 models, 1,946 observations")
    func fixtureRead() {
        #expect(Self.cases.count == 140)
        #expect(Self.cases.reduce(0) { $0 + $1.calls.count } == 1946)
    }

    @Test("every observed cost comes back from the stream as its total", arguments: cases)
    func streamAgrees(model: Case) throws {
        var writer = JSONWriter()
        for call in model.calls {
            writer.beginObject()
            writer.key("modelRecordId")
            writer.string(model.recordId)
            writer.key("parameters")
            writer.object(call.parameters)
            writer.endObject()
            writer.newline()
        }
        let input = String(decoding: writer.bytes, as: UTF8.self)
        let (lines, failures) = try StreamFixtures.run(input, service: Self.service)
        #expect(failures == 0)
        #expect(lines.count == model.calls.count)
        for (line, call) in zip(lines, model.calls) {
            #expect(StreamFixtures.object(line)["total"] as? String == call.cost, "\(call.parameters): \(line)")
        }
    }
}
