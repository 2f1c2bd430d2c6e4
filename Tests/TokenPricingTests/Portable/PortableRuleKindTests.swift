import Testing
import TokenPricing

/// One model per rule kind: each survives encode → decode unchanged, prices the same at every
/// matrix point, and re-encodes to the same bytes.
@Suite struct PortableRuleKindTests {
    /// A named model exercising one rule kind.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var model: PricedModel
        var testDescription: String { name }
    }

    static let schema = InputSchema(properties: [
        SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]),
        SchemaProperty("seconds", type: .number, default: 5, minimum: 1, maximum: 30),
        SchemaProperty("resolution", type: .string, default: "720p", enum: ["720p", "1080p"]),
        SchemaProperty("text", type: .string, maxLength: 5000, title: "Text", description: "What is said"),
        SchemaProperty("audio", type: .boolean, default: false),
        SchemaProperty("images", type: .array, items: ItemsSchema(type: .string, format: "uri"), showToUser: false),
    ], required: ["text"], imageInputField: "images", displayOrder: ["text", "duration"], usePromptRenderer: true)

    static func model(_ id: String, _ rule: PricingRule, base: ExactDecimal = 6) -> PricedModel {
        PricedModel(recordId: id, name: id, baseTokenCost: base, schema: schema, rule: rule)
    }

    static let cases: [Case] = [
        Case(name: "flat base cost", model: model("flat", .flat)),
        Case(name: "multiplier with whenAbsent and otherwise", model: model("multiplier", PricingRule(factors: [
            .multiplier("duration", ["5": 1, "10": "2.5"], whenAbsent: "5", otherwise: "1.1"),
        ]))),
        Case(name: "multiplier on a boolean, no assumption", model: model("bool", PricingRule(factors: [
            .multiplier("audio", ["true": "1.5", "false": 1]),
        ]))),
        Case(name: "per unit of value", model: model("per-unit", PricingRule(factors: [
            .perUnit("seconds", unitName: "second", whenAbsent: 5),
        ]), base: "0.5")),
        Case(name: "per started 1,000 characters", model: model("per-char", PricingRule(factors: [
            .perUnit("text", measure: .characters, unitSize: 1000, roundUnitsUp: true, unitName: "1,000 characters"),
        ]), base: "0.3")),
        Case(name: "linear surcharge", model: model("surcharge", PricingRule(factors: [
            .surcharge("seconds", included: 5, ratePerUnit: "2.25", unitName: "second", whenAbsent: 5),
        ]))),
        Case(name: "price table over one parameter", model: model("table-1", PricingRule(basis: .priceTable(PriceTable(
            "resolution", rows: [("720p", 20), ("1080p", "35.5")]))))),
        Case(name: "price table over two parameters with whenAbsent and otherwise", model: model("table-2", PricingRule(
            basis: .priceTable(PriceTable(
                "resolution", "duration",
                rows: [("720p", "5", 20), ("1080p", "10", 60)],
                whenAbsent: ["duration": "5"], otherwise: 40)),
            factors: [.multiplier("audio", ["true": 2], otherwise: 1)]))),
        Case(name: "minimum charge", model: model("minimum", PricingRule(
            factors: [.multiplier("duration", ["5": "0.1", "10": "0.2"], whenAbsent: "5")], minimumCharge: "1"), base: 2)),
        Case(name: "rounding", model: model("rounding", PricingRule(
            factors: [.multiplier("duration", ["5": "1.16666", "10": "2.33333"])],
            rounding: RoundingRule(places: 2, mode: .halfEven)), base: 3)),
        Case(name: "everything at once", model: model("all", PricingRule(
            basis: .priceTable(PriceTable("resolution", rows: [("720p", 10)], otherwise: 15)),
            factors: [
                .multiplier("duration", ["5": 1, "10": 2], whenAbsent: "5"),
                .perUnit("seconds", unitSize: 5, whenAbsent: 5),
                .surcharge("seconds", included: 10, ratePerUnit: "0.5"),
            ],
            minimumCharge: "2.5", rounding: .cents))),
        Case(name: "rate times measured usage", model: Shapes.audioIsolation),
        Case(name: "usage with a floor and a cap by another parameter", model: Shapes.motionControl),
        Case(name: "price table over three parameters", model: Shapes.seedanceAudio),
        Case(name: "per unit with a fallback parameter", model: Shapes.textElsePrompt),
        Case(name: "characters across a list's items", model: Shapes.dialogue),
        Case(name: "per unit with limits", model: Shapes.clampedImages),
    ]

    /// Encode, write, read, decode.
    static func roundTrip(_ model: PricedModel) throws -> (PortableModel, String, String) {
        let portable = PortableModel(
            recordId: model.recordId, modelName: model.name, baseTokenCost: model.baseTokenCost,
            registryFields: ["modelId": "m", "provider": "kie_ai", "contentType": "prompt_to_video", "estimatedTimeSeconds": 30],
            inputSchema: model.schema, rule: model.rule)
        let text = PortableJSON.write(portable.portableValue, style: .pretty())
        let decoded = try PortableModel(portable: try PortableJSON.parse(Array(text.utf8)), at: "")
        let again = PortableJSON.write(decoded.portableValue, style: .pretty())
        return (decoded, text, again)
    }

    @Test("each rule kind round-trips exactly", arguments: cases)
    func roundTrips(_ c: Case) throws {
        let (decoded, text, again) = try Self.roundTrip(c.model)
        #expect(decoded.rule == c.model.rule)
        #expect(decoded.inputSchema == c.model.schema)
        #expect(decoded.baseTokenCost == c.model.baseTokenCost)
        #expect(text == again)
    }

    @Test("each rule kind prices like the Swift rule at every matrix point", arguments: cases)
    func pricesAlike(_ c: Case) throws {
        let decoded = try Self.roundTrip(c.model).0.priced
        var points = 0
        PriceMatrix(model: c.model).forEachPoint(limit: 10_000) { parameters in
            points += 1
            #expect(Result { try decoded.total(parameters) } == Result { try c.model.total(parameters) }, "\(parameters)")
        }
        // Texts and values the matrix does not list: per-character units, numbers between bounds.
        for extra: [String: ParameterValue] in [["text": .string(String(repeating: "a", count: 2345))], ["seconds": 12], [:]] {
            #expect(Result { try decoded.total(extra) } == Result { try c.model.total(extra) })
        }
        #expect(points >= 1)
    }

    @Test func decimalsAreStringsWithTheirDigits() throws {
        let text = PortableJSON.write(Self.cases[1].model.rule.portableValue, style: .compact)
        #expect(text.contains(#"{"factor":"2.5","key":"10"}"#))
        #expect(text.contains(#""otherwise":"1.1""#))
    }
}

extension Result where Success == ExactDecimal, Failure == any Error {
    /// Equal totals, or errors of the same kind.
    static func == (a: Self, b: Self) -> Bool {
        switch (a, b) {
        case (.success(let x), .success(let y)): return x == y
        case (.failure(let x as PricingError), .failure(let y as PricingError)): return x.kind == y.kind && x.message == y.message
        default: return false
        }
    }
}
