import Testing
import TokenPricing

/// `PricedModel.total(_:)` checks a call in three tiers (issue 14): a quick check on plain
/// data (string bits, numbers, flags), a careful check on the values when the quick one
/// cannot tell, and the general evaluator of `quote(_:)` for the rest. Whichever tier
/// answers, the total and the error must be `quote`'s; these cases reach every branch.
@Suite("Fast path tiers")
struct FastPathTests {
    /// The same text in a new heap buffer. A string longer than 15 UTF-8 bytes is not stored
    /// inline, so the copy's bits differ from the schema's literal and the quick check must
    /// hand over to the careful one.
    static func copy(_ text: String) -> String {
        String(decoding: Array(text.utf8), as: UTF8.self)
    }

    static let longName = "aspect_ratio_of_the_output"
    static let longValue = "a very long enum value, wide"

    /// One property of every kind the quick check branches on, and a factor on most.
    static let model = PricedModel(
        recordId: "fast", name: "Fast path", baseTokenCost: "1.5",
        schema: InputSchema(properties: [
            SchemaProperty(longName, type: .string, default: "16:9", enum: ["16:9", "1:1", .string(longValue)]),
            SchemaProperty("count", type: .integer, default: 1, minimum: 1, maximum: 4),
            SchemaProperty("quality", type: .number, enum: [1, .number("1.5"), 2]),
            SchemaProperty("hd", type: .boolean, enum: [true]),
            SchemaProperty("turbo", type: .boolean),
            SchemaProperty("prompt", type: .string, maxLength: 5),
            SchemaProperty("images", type: .array, items: ItemsSchema(type: .string)),
            SchemaProperty("tags", type: .array),
            SchemaProperty("seconds", type: .string, enum: ["5", "10"]),
            SchemaProperty("text", type: .string),
            SchemaProperty("meta", type: .object),
            SchemaProperty("count", type: .string),  // shadowed by the first "count"
        ]),
        rule: PricingRule(factors: [
            .multiplier(longName, ["16:9": 1, "1:1": "0.5", longValue: 3], whenAbsent: "16:9"),
            .multiplier("quality", ["1": 1, "1.5": "1.25", "2": 2]),
            .multiplier("hd", ["true": 2, "false": 1]),
            .perUnit("count"),
            .perUnit("seconds", unitSize: 5),
            .perUnit("text", measure: .characters, unitSize: 1000, roundUnitsUp: true),
        ]))

    /// The same schema under a rule that reads only enum values (a price table, multipliers,
    /// a count between close bounds and a minimum): it is tabulated whole (360 combinations,
    /// under the limit of 1,024), so a call sums a table index as it is checked and takes no
    /// slot, the other way through every tier (`CompiledFormTests` checks that it does).
    static let tabulated = PricedModel(
        recordId: "fast-table", name: "Fast path, tabulated", baseTokenCost: "1.5", schema: model.schema,
        rule: PricingRule(
            basis: .priceTable(PriceTable("seconds", "turbo", rows: [("5", "false", 2), ("5", "true", 3), ("10", "false", 4)], whenAbsent: ["seconds": "5", "turbo": false])),
            factors: [
                .multiplier(longName, ["16:9": 1, "1:1": "0.5", longValue: 3], whenAbsent: "16:9"),
                .multiplier("hd", ["true": 2, "false": 1]),
                .perUnit("count"),  // an integer of 1...4: a multiplier by its index
            ],
            minimumCharge: "1.25"))

    /// Both models: every call below goes through each.
    static let models = [model, tabulated]

    /// Calls that each take one branch; the comment names the tier that should answer.
    static let calls: [[String: ParameterValue]] = [
        [:],
        ["aspect_ratio_of_the_output": "1:1"],                          // quick (or careful: long literal)
        [copy(longName): .string(copy(longValue))],                     // careful: heap copies
        [copy(longName): "4:3"],                                        // careful, invalid: not in the enum
        ["count": 3], ["count": 5], ["count": 0], ["count": "3"], ["count": .number("1.5")],
        ["quality": .number("1.5")], ["quality": 3], ["quality": "1.5"],
        ["hd": true], ["hd": false], ["hd": 1], ["turbo": false], ["turbo": "false"],
        ["prompt": "abcde"], ["prompt": "abcdef"],                       // quick; too long
        ["prompt": "ééééé"], ["prompt": "éééééé"],                       // careful: 10 bytes, 5 characters; 6 characters
        ["images": ["a", "b"]], ["images": ["a", 1]], ["images": []], ["images": "a"],
        ["tags": [1, "x", true, nil]],
        ["seconds": "10"], ["seconds": "7"],                             // careful: a text read as a number
        ["text": "hello"], ["text": .string(String(repeating: "x", count: 2001))],
        ["meta": ["k": 1]], ["meta": nil], ["tags": nil],                // careful: object, null
        ["unknown": 1], [copy("an_unknown_long_parameter"): 1],
        [longName: .string(longValue), "count": 2, "quality": 2, "hd": true, "prompt": "hi", "images": ["u"], "seconds": "5", "text": "abc"],
        ["count": 2, "quality": 2, "hd": false],                         // invalid after valid ones
    ]

    @Test("total equals the quote's total, or throws the quote's error", arguments: models.indices, calls.indices)
    func agreesWithQuote(model: Int, index: Int) {
        let (model, parameters) = (Self.models[model], Self.calls[index])
        let fast = Result { () throws(PricingError) in try model.total(parameters) }
        let general = Result { () throws(PricingError) in try model.quote(parameters).total }
        expectSameOutcome(fast, "total", general, "quote", for: "\(model.name) \(parameters)")
    }

    @Test("a heap copy of a long name or enum value prices as the literal does")
    func heapCopies() throws {
        #expect(try Self.model.total([Self.longName: .string(Self.longValue)]) == "4.5")
        #expect(try Self.model.total([Self.copy(Self.longName): .string(Self.copy(Self.longValue))]) == "4.5")
        #expect(try Self.model.total(["prompt": "ééééé"]) == "1.5")
    }

    /// Five priced parameters: more slots than the fast path keeps in its frame.
    static let fivePriced = PricedModel(
        recordId: "five", name: "Five", baseTokenCost: 2,
        schema: InputSchema(properties: ["a", "b", "c", "d", "e"].map { SchemaProperty($0, type: .integer, minimum: 0, maximum: 9) }),
        rule: PricingRule(factors: ["a", "b", "c", "d", "e"].map { .perUnit($0, whenAbsent: 1) }))

    @Test("a rule over more than four parameters prices every one", arguments: [
        [:], ["a": 2], ["a": 2, "b": 3, "c": 1, "d": 2, "e": 5], ["e": 0], ["c": 10],
    ] as [[String: ParameterValue]])
    func manySlots(parameters: [String: ParameterValue]) {
        let fast = Result { () throws(PricingError) in try Self.fivePriced.total(parameters) }
        let general = Result { () throws(PricingError) in try Self.fivePriced.quote(parameters).total }
        #expect(String(describing: fast) == String(describing: general))
    }

    /// Bounds and a minimum charge at other scales than the values: the fast path compares
    /// them in 64 bits after a few tenfold steps, or hands over to `ExactDecimal`'s `<`.
    static let scaled = PricedModel(
        recordId: "scaled", name: "Scaled bounds", baseTokenCost: "0.5",
        schema: InputSchema(properties: [
            SchemaProperty("seconds", type: .number, minimum: "0.25", maximum: 3),
            SchemaProperty("strength", type: .number, minimum: 0, maximum: "1.000005"),
        ]),
        rule: PricingRule(factors: [.perUnit("seconds", whenAbsent: 1), .perUnit("strength", whenAbsent: 1)], minimumCharge: "0.2"))

    /// Numbers at scales 0 to 9 around the bounds, big ones included, and a fixed
    /// pseudo-random spread (a linear congruential sequence, so every run tries the same).
    static let scaledValues: [ExactDecimal] = {
        var values: [ExactDecimal] = ["0", "0.2", "0.24999", "0.25", "0.250", "0.2500001", "0.3", "1", "2.999999999", "3", "3.0",
                                      "3.000000001", "1.000005", "1.0000051", "1.00000499", "-1", "-0.25", "99999999999999999999", "1e-9"]
        var state: UInt64 = 0x9E37_79B9
        for _ in 0..<400 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let significand = Int128(Int64(bitPattern: state >> 20) % 4_000_000_000)
            values.append(ExactDecimal(significand: significand, scale: Int(state % 10)))
        }
        return values
    }()

    @Test("bounds and minimums at other scales than the value decide as the evaluator does")
    func scaledComparisons() {
        for value in Self.scaledValues {
            for name in ["seconds", "strength"] {
                let parameters: [String: ParameterValue] = [name: .number(value)]
                let fast = Result { () throws(PricingError) in try Self.scaled.total(parameters) }
                let general = Result { () throws(PricingError) in try Self.scaled.quote(parameters).total }
                #expect(String(describing: fast) == String(describing: general), "\(name) = \(value)")
            }
        }
    }

    @Test("known totals across the tiers")
    func knownTotals() throws {
        let m = Self.model
        #expect(try m.total([:]) == "1.5")
        #expect(try m.total(["count": 3, "quality": .number("1.5"), "hd": true]) == "11.25")  // 1.5 × 1.25 × 2 × 3
        #expect(try m.total(["seconds": "10"]) == 3)  // 1.5 × 2 units of 5
        #expect(try m.total(["text": .string(String(repeating: "x", count: 2001))]) == "4.5")  // 3 started thousands
        #expect(try m.total(["images": ["a"], "tags": [1, "x"], "meta": ["k": 1], "turbo": true]) == "1.5")
        let t = Self.tabulated
        #expect(try t.total([:]) == 2)  // the 5-second, no-turbo row
        #expect(try t.total(["seconds": "10", "quality": 2, "hd": true]) == 8)  // 4 × 2; quality is not priced here
        #expect(try t.total(["turbo": true, "aspect_ratio_of_the_output": "1:1"]) == "1.5")  // 3 × 0.5
        #expect(try t.total(["seconds": "5", "aspect_ratio_of_the_output": "1:1"]) == "1.25")  // 2 × 0.5, then the minimum
        #expect(throws: PricingError.self) { try t.total(["seconds": "10", "turbo": true]) }  // no such row
        #expect(try t.total(["count": 3, "hd": true]) == 12)  // 2 × 2 × 3
        #expect(throws: PricingError.self) { try t.total(["count": 5]) }  // past the maximum
    }
}

/// The fast path's tabulated price tables, rates, usage assumptions and fixed limits agree
/// with the general evaluator at every matrix point and on values off the matrix.
@Suite("Fast path over the current registry's shapes")
struct FastPathShapeTests {
    static let models: [PricedModel] = [
        Shapes.audioIsolation, Shapes.motionControl, Shapes.seedanceAudio, Shapes.clampedImages,
        PricedModel(
            recordId: "table-usage", name: "Table and usage", baseTokenCost: 1,
            schema: InputSchema(properties: [
                SchemaProperty("resolution", type: .string, default: "480p", enum: ["480p", "720p", "1080p"]),
                SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]),
            ]),
            rule: PricingRule(
                basis: .priceTable(PriceTable("resolution", "duration", rows: [("480p", "5", 3), ("720p", "5", 6), ("720p", "10", 12)], whenAbsent: ["resolution": "720p"])),
                factors: [.usage(.audioDurationSeconds, assumed: 20, limits: QuantityLimits(maximum: 15))],
                rounding: RoundingRule(places: 0, mode: .up))),
    ]

    @Test("total equals the quote's total, or throws the quote's error", arguments: models)
    func agrees(_ model: PricedModel) {
        var calls: [[String: ParameterValue]] = [[:], ["mode": "4k"], ["character_orientation": "sideways"], ["max_images": 0],
                                                  ["max_images": 12], ["resolution": "1080p"], ["duration": "10"], ["generate_audio": "yes"]]
        PriceMatrix(model: model).forEachPoint(limit: 10_000) { calls.append($0) }
        for parameters in calls {
            let fast = Result { () throws(PricingError) in try model.total(parameters) }
            let general = Result { () throws(PricingError) in try model.quote(parameters).total }
            expectSameOutcome(fast, "total", general, "quote", for: "\(model.name) \(parameters)")
        }
    }
}
