import Testing
import TokenPricing

/// `PreparedCall` prices a call given as values in a prepared order. It must charge and
/// refuse exactly what `PricedModel.total(_:)` does for the same names and values, and
/// refuse a shape it cannot price before any call.
@Suite("Prepared calls")
struct PreparedCallTests {
    static let model = FastPathTests.model

    /// The fast-path cases whose names the schema has (unknown names fail at `prepare`).
    static let calls = FastPathTests.calls.filter { call in
        call.keys.allSatisfy { model.schema[$0] != nil }
    }

    @Test("total equals the dictionary call's total, or throws its error", arguments: FastPathTests.models.indices, calls.indices)
    func agreesWithDictionary(model: Int, index: Int) throws {
        let (model, parameters) = (FastPathTests.models[model], Self.calls[index])
        let names = parameters.keys.sorted()
        let prepared = try model.prepare(parameterNames: names)
        let values = names.map { parameters[$0]! }
        let positional = Result { () throws(PricingError) in try prepared.total(values) }
        let dictionary = Result { () throws(PricingError) in try model.total(parameters) }
        expectSameOutcome(positional, "prepared", dictionary, "dictionary", for: "\(model.name) \(parameters)")
        if case .success = positional, case .success = dictionary {
            #expect(try prepared.quote(values) == model.quote(parameters))
        }
    }

    @Test("the order of the names is the order of the values")
    func order() throws {
        let forward = try Self.model.prepare(parameterNames: ["count", "quality"])
        let backward = try Self.model.prepare(parameterNames: ["quality", "count"])
        #expect(try forward.total([3, 2]) == "9")  // 1.5 × 2 × 3
        #expect(try backward.total([2, 3]) == "9")
        // Swapped values are a different call: quality 3 is outside its enum.
        #expect(throws: PricingError.self) { try forward.total([2, 3]) }
        #expect(forward.parameterNames == ["count", "quality"])
    }

    @Test("unknown names are refused at prepare, every one, as a call would report them")
    func unknownNames() throws {
        let names = ["count", "colour", "zoom"]
        let error = try #require(throws: PricingError.self) { try Self.model.prepare(parameterNames: names) }
        let call = try #require(throws: PricingError.self) { try Self.model.total(["count": 1, "colour": nil, "zoom": nil]) }
        #expect(error.kind == .invalidParameter)
        #expect(error.issues.map(\.keyPath) == ["parameters.colour", "parameters.zoom"])
        #expect(error.issues == call.issues.filter { $0.kind == .unknownParameter })
        #expect(error.message.contains("aspect_ratio_of_the_output, count, quality"))
    }

    @Test("a name listed twice is refused")
    func listedTwice() throws {
        let error = try #require(throws: PricingError.self) { try Self.model.prepare(parameterNames: ["hd", "count", "hd"]) }
        #expect(error.kind == .invalidParameter)
        #expect(error.keyPath == "parameters.hd")
    }

    @Test("a call with too few or too many values is refused, never priced", arguments: [[], [1], [1, 2, 3]] as [[ParameterValue]])
    func wrongCount(values: [ParameterValue]) throws {
        let prepared = try Self.model.prepare(parameterNames: ["count", "quality"])
        let error = try #require(throws: PricingError.self) { try prepared.total(values) }
        #expect(error.kind == .invalidParameter)
        #expect(error.message == "expected 2 values (count, quality), got \(values.count)")
        #expect(throws: PricingError.self) { try prepared.quote(values) }
    }

    @Test("no names is the call at defaults")
    func noNames() throws {
        let prepared = try Self.model.prepare(parameterNames: [])
        #expect(try prepared.total([]) == Self.model.total([:]))
    }
}
