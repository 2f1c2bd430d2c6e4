import ModelRegistry
import Testing
import TokenPricing

@testable import SiteGenerator

/// `UnitPrice.derive`: a price per second, image, 1,000 characters or minute only where the
/// rule's structure gives one, exact or rounded with its fraction.
@Suite("Unit prices")
struct UnitPriceTests {
    static func model(
        _ properties: [SchemaProperty], _ rule: PricingRule, base: ExactDecimal = 2, type: ContentType = .promptToVideo
    ) -> ModelDefinition {
        ModelDefinition(
            config: ModelConfig(recordId: "m", modelId: "m", modelName: "M", provider: .kieAI, contentType: type,
                                baseTokenCost: base, estimatedTimeSeconds: 1),
            inputSchema: InputSchema(properties: properties), pricing: rule, sourceFile: "/x/Sources/M.swift")
    }

    static func unitPrice(_ m: ModelDefinition) -> UnitPrice? {
        UnitPrice.derive(model: m, priced: m.priced, pricing: ModelPricing(priced: m.priced, cap: 1000))
    }

    static let resolution = SchemaProperty("resolution", type: .string, default: "720p", enum: ["480p", "720p"])
    static let seconds = SchemaProperty("duration", type: .integer, default: 5, minimum: 1, maximum: 20)
    static let durationEnum = SchemaProperty("duration", type: .string, default: "3", enum: ["3", "4"])

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var model: ModelDefinition
        var per: UnitPrice.Per
        var method: UnitPrice.Method
        var atDefaults: ExactDecimal?
        var fraction: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a per-second rate × a multiplier at its default",
             model: model([seconds, resolution], PricingRule(factors: [
                 .perUnit("duration", unitName: "second"), .multiplier("resolution", ["480p": 1, "720p": "2.5"]),
             ])),
             per: .second, method: .rate, atDefaults: 5),
        Case(name: "a 4-second block is a second's quarter of the block price",
             model: model([seconds], PricingRule(factors: [.perUnit("duration", unitSize: 4, unitName: "4-second block")]), base: 8),
             per: .second, method: .rate, atDefaults: 2),
        Case(name: "characters in units of 1,000",
             model: model([SchemaProperty("text", type: .string)],
                          PricingRule(factors: [.perUnit("text", measure: .characters, unitSize: 1000, roundUnitsUp: true)]),
                          base: "0.3", type: .promptToAudio),
             per: .thousandCharacters, method: .rate, atDefaults: "0.3"),
        Case(name: "a rate on measured audio seconds ignores the minimum charge and the rounding",
             model: model([], PricingRule(basis: .rate("0.1"), factors: [.usage(.audioDurationSeconds, assumed: 30)],
                                          minimumCharge: 1, rounding: RoundingRule(places: 1, mode: .up)), base: 1, type: .audioToAudio),
             per: .second, method: .rate, atDefaults: "0.1"),
        Case(name: "measured minutes give a price per minute",
             model: model([], PricingRule(factors: [.usage(.audioDurationMinutes, assumed: 1)]), base: 3, type: .speechToText),
             per: .minute, method: .rate, atDefaults: 3),
        Case(name: "an image count on an image model",
             model: model([SchemaProperty("numberResults", type: .integer, default: 1, minimum: 1, maximum: 4)],
                          PricingRule(factors: [.perUnit("numberResults", unitName: "result")]), type: .promptToImage),
             per: .image, method: .rate, atDefaults: 2),
        Case(name: "a price table over duration, per row",
             model: model([SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]), resolution],
                          PricingRule(basis: .priceTable(PriceTable("resolution", "duration", rows: [
                              ("720p", "5", 20), ("720p", "10", 40), ("480p", "5", 10), ("480p", "10", 15),
                          ])))),
             per: .second, method: .perCall, atDefaults: 4),
        Case(name: "a duration multiplier that does not divide evenly keeps its fraction",
             model: model([durationEnum], PricingRule(factors: [.multiplier("duration", ["3": 1, "4": "1.33"])])),
             per: .second, method: .perCall, atDefaults: "0.666667", fraction: "2/3"),
        Case(name: "image variants priced by a multiplier",
             model: model([SchemaProperty("nVariants", type: .integer, default: 1, enum: [1, 2, 4])],
                          PricingRule(factors: [.multiplier("nVariants", ["1": 1, "2": "1.16666", "4": "1.3333"])]), base: 3,
                          type: .promptToImage),
             per: .image, method: .perCall, atDefaults: 3),
    ]

    @Test("the rule's structure gives the unit price", arguments: cases)
    func derived(_ c: Case) throws {
        let p = try #require(Self.unitPrice(c.model))
        #expect(p.per == c.per)
        #expect(p.method == c.method)
        #expect(p.atDefaults?.value == c.atDefaults)
        #expect(p.atDefaults?.fraction == c.fraction)
        #expect((p.atDefaults?.exact == nil) == (c.fraction != nil))
    }

    @Test("per-row prices are each call's price over its quantity, as charged")
    func rows() throws {
        let m = Self.model([Self.durationEnum], PricingRule(factors: [.multiplier("duration", ["3": 1, "4": "1.33"])]))
        let p = try #require(Self.unitPrice(m))
        #expect(p.rows.map(\.quantity) == [3, 4])
        #expect(p.rows.map(\.price) == [2, "2.66"])
        #expect(p.rows[1].ratio.exact == "0.665")
        #expect(p.rows[0].ratio.fraction == "2/3")
    }

    @Test("a table over duration without a default has rows but no price at defaults")
    func noDefault() throws {
        let m = Self.model([SchemaProperty("duration", type: .string, enum: ["5", "10"])],
                           PricingRule(basis: .priceTable(PriceTable("duration", rows: [("5", 10), ("10", 30)]))))
        let p = try #require(Self.unitPrice(m))
        #expect(p.atDefaults == nil)
        #expect(p.rows.map(\.ratio.value) == [2, 3])
    }

    struct None: CustomTestStringConvertible, Sendable {
        var name: String
        var model: ModelDefinition
        var testDescription: String { name }
    }

    static let none: [None] = [
        None(name: "a flat price", model: model([seconds], .flat)),
        None(name: "a surcharge adds rather than multiplies",
             model: model([seconds], PricingRule(factors: [
                 .perUnit("duration", unitName: "second"), .surcharge("duration", included: 5, ratePerUnit: 2),
             ]))),
        None(name: "a duration that is not a number",
             model: model([SchemaProperty("duration", type: .string, default: "5s", enum: ["5s", "10s"])],
                          PricingRule(factors: [.multiplier("duration", ["5s": 1, "10s": 2])]))),
        None(name: "results of a video model are not images",
             model: model([SchemaProperty("numberResults", type: .integer, default: 1, minimum: 1, maximum: 4)],
                          PricingRule(factors: [.perUnit("numberResults", unitName: "result")]))),
        None(name: "a resolution multiplier alone",
             model: model([resolution], PricingRule(factors: [.multiplier("resolution", ["480p": 1, "720p": 2])]))),
    ]

    @Test("no unit price where the rule gives none", arguments: none)
    func absent(_ c: None) {
        #expect(Self.unitPrice(c.model) == nil)
    }

    @Test("a quotient is exact when it terminates, else rounded to 6 places with the fraction in lowest terms",
          arguments: [
              ("10", "4", "2.5", nil), ("10", "3", "3.333333", "10/3"), ("2", "3", "0.666667", "2/3"),
              ("1.75", "3", "0.583333", "7/12"), ("0.1", "1", "0.1", nil),
          ] as [(String, String, String, String?)])
    func ratio(_ n: String, _ d: String, _ value: String, _ fraction: String?) throws {
        let r = try #require(ExactRatio(ExactDecimal(n)!, ExactDecimal(d)!))
        #expect(r.value == ExactDecimal(value)!)
        #expect(r.fraction == fraction)
        #expect((r.exact != nil) == (fraction == nil))
    }

    @Test("no quotient by zero")
    func byZero() {
        #expect(ExactRatio(1, 0) == nil)
    }

    @Test("axis labels say the unit when the rule or schema does, the bare name otherwise",
          arguments: [
              ("duration", "duration (seconds)"), ("num_images", "num_images (images)"), ("nVariants", "nVariants (images)"),
              ("resolution", "resolution"), ("negative_steps", "negative_steps"),
          ])
    func axisLabel(_ name: String, _ expected: String) {
        let m = Self.model([
            Self.seconds, Self.resolution, SchemaProperty("num_images", type: .integer, minimum: 1, maximum: 4),
            SchemaProperty("nVariants", type: .integer, enum: [1, 2]), SchemaProperty("negative_steps", type: .integer),
        ], .flat)
        #expect(QuantityUnit.axisLabel(name, in: m) == expected)
    }

    @Test("a rule's unit name wins over the schema's name")
    func ruleUnitName() {
        let m = Self.model([SchemaProperty("clip", type: .integer, minimum: 1, maximum: 9)],
                           PricingRule(factors: [.perUnit("clip", unitSize: 5, unitName: "5-second block")]))
        #expect(QuantityUnit.axisLabel("clip", in: m) == "clip (seconds)")
    }
}
