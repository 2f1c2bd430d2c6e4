import ModelRegistry
import Testing
import TokenPricing

/// The golden test: the registry charges exactly what the running platform charged, for all
/// 1,946 observations of the platform's current catalogue (140 models).
///
/// The observations are filtered to each model's schema (see `ObservedModel.observations(for:)`);
/// no observation of the current catalogue changes a field its model's schema lacks, so none
/// is dropped.
@Suite("Observed costs (golden)")
struct ObservedCostTests {
    static let expectedModels = 140
    static let expectedObservations = 1946

    @Test("every observed cost of the model is reproduced exactly", arguments: ObservedCatalogue.models)
    func reproduced(model observed: ObservedModel) throws {
        let model = try #require(observed.registered, "not in the registry")
        let priced = model.priced
        let (observations, dropped) = observed.observations(for: model.inputSchema)
        #expect(dropped == 0)
        #expect(observations.count == observed.observationCount)
        for observation in observations {
            do {
                let total = try priced.total(observation.inputs)
                #expect(total == observation.cost, "\(observation): charged \(observation.cost), priced \(total)")
                // The same call given as values, in bulk form, charges the same.
                let names = observation.inputs.keys.sorted()
                let prepared = try priced.prepare(parameterNames: names).total(names.map { observation.inputs[$0]! })
                #expect(prepared == observation.cost, "\(observation): prepared call priced \(prepared)")
                let quote = try priced.quote(observation.inputs)
                #expect(quote.total == observation.cost, "\(observation): quote \(quote.total)")
                #expect(quote.lineItems.last?.subtotal == quote.total, "\(observation): the breakdown ends elsewhere")
            } catch {
                Issue.record("\(observation): \(error)")
            }
        }
    }

    @Test("all 1,946 observations of the 140 models are reproduced, none dropped")
    func allReproduced() throws {
        #expect(ObservedCatalogue.models.count == Self.expectedModels)
        var observed = 0
        var reproduced = 0
        var dropped = 0
        for entry in ObservedCatalogue.models {
            let model = try #require(entry.registered, "\(entry.testDescription) is not in the registry")
            let (observations, droppedHere) = entry.observations(for: model.inputSchema)
            dropped += droppedHere
            for observation in observations {
                observed += 1
                if (try? model.priced.total(observation.inputs)) == observation.cost { reproduced += 1 }
            }
        }
        #expect(observed + dropped == Self.expectedObservations)
        #expect(dropped == 0)
        #expect(reproduced == Self.expectedObservations)
    }

    @Test("the registry holds exactly the catalogue's record ids")
    func sameRecordIds() {
        let catalogue = ObservedCatalogue.models.map(\.recordId)
        let registry = ModelRegistry.standard.models.map(\.recordId)
        #expect(registry.count == catalogue.count)
        #expect(Set(registry) == Set(catalogue))
    }

    /// Nine models price a call without parameters differently from one at the schema's
    /// defaults: the platform's function falls back to another value than the schema's default
    /// (Wan 2.2 Turbo: "720p" against the default "480p"), or to none (Ultra Detail V0). The
    /// rules' `whenAbsent` must be the function's fallback, not the schema default.
    @Test("nine models cost differently with no inputs than at their defaults")
    func defaultsDifferFromNoInputs() throws {
        var differing: [String] = []
        for entry in ObservedCatalogue.models where entry.costAtDefaults != entry.costWithNoInputs {
            let model = try #require(entry.registered)
            let defaults = entry.inputsAtDefaults.filter { model.inputSchema[$0.key] != nil }
            #expect(try model.priced.total([:]) != model.priced.total(defaults), "\(entry.testDescription)")
            differing.append(entry.recordId)
        }
        #expect(differing.count == 9)
    }

    @Test("only models whose schema lacks `prompt` have it left out of the observed inputs")
    func promptLeftOut() throws {
        var withoutPrompt = 0
        for entry in ObservedCatalogue.models {
            let model = try #require(entry.registered)
            #expect(entry.inputsAtDefaults["prompt"] != nil, "\(entry.testDescription)")
            guard model.inputSchema["prompt"] == nil else { continue }
            withoutPrompt += 1
            // The registry is strict: a parameter the schema lacks is an error, never ignored.
            #expect(throws: PricingError.self) { try model.priced.total(["prompt": "a test prompt"]) }
        }
        #expect(withoutPrompt == 43)
    }
}
