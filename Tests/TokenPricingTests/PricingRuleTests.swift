import Testing
import TokenPricing

@Suite("Pricing rules")
struct PricingRuleTests {
    // MARK: Multiplier

    @Test("a multiplier reads integer values against string keys", arguments: [
        (ParameterValue(1), "3"),  // 3 × 1
        (2, "3.5"),  // 3 × 1.16666 = 3.49998 → 3.50
        (4, "4"),  // 3 × 1.3333 = 3.9999 → 4.00
    ])
    func multiplierIntegerValues(_ n: ParameterValue, _ expected: String) throws {
        #expect(try Hand.chatGPT.total(["nVariants": n]) == ExactDecimal(expected)!)
        #expect(try Hand.chatGPT.quote(["nVariants": n]).total == ExactDecimal(expected)!)
    }

    @Test("\"5\" and 5 find the same key")
    func stringAndIntegerKeys() throws {
        #expect(try Hand.stringDuration.total(["duration": "10"]) == 12)
        #expect(try Hand.integerDuration.total(["duration": 10]) == 12)
        let table: ValueTable = ["5": 1, "10": 2]
        #expect(table.amount(for: "10") == 2)
        #expect(table.amount(for: 10) == 2)
        #expect(table.amount(for: "10.0") == 2)  // a numeric string in another spelling
        #expect(table.amount(for: .number("10.0")) == 2)
        #expect(table.amount(for: 7) == nil)
        #expect(ValueTable.key("5", matches: 5) && ValueTable.key("5", matches: "5") && !ValueTable.key("5", matches: 6))
    }

    @Test("whenAbsent supplies the value; without it an absent parameter is × 1")
    func whenAbsent() throws {
        // nVariants absent → assumed 1 → × 1.
        let quote = try Hand.chatGPT.quote([:])
        #expect(quote.total == 3)
        #expect(quote.lineItems[1].valueAssumed)
        #expect(quote.lineItems[1].label == "nVariants = 1 (assumed) → × 1")
        // Ultra Detail states no assumption: absent quality is × 1 although the schema
        // default ("high") would be × 1.2.
        let ultra = try Hand.ultraDetail.quote([:])
        #expect(ultra.total == "3.5")
        #expect(ultra.lineItems[1].label == "quality not given → × 1")
        #expect(try Hand.ultraDetail.total(["quality": "high"]) == "4.2")  // 3.5 × 1.2
    }

    @Test("otherwise prices a listed enum value the table lacks")
    func otherwise() throws {
        #expect(try Hand.ultraDetail.total(["quality": "standard"]) == "3.5")  // 3.5 × otherwise 1
        #expect(try Hand.ultraDetail.total(["quality": "ultra"]) == "5.25")  // 3.5 × 1.5
    }

    @Test("a value the table lacks with no otherwise is noPriceForValue, never 0")
    func missingOtherwise() throws {
        #expect(try Hand.openStyle.total(["style": "painting"]) == 3)
        let error = try #require(throws: PricingError.self) { try Hand.openStyle.total(["style": "sketch"]) }
        #expect(error.kind == .noPriceForValue)
        #expect(error.modelRecordId == "style")
        #expect(error.keyPath == "parameters.style")
        #expect(error.message.contains("sketch"))
    }

    // MARK: Per unit

    @Test("per second multiplies by the number of seconds", arguments: [
        (ParameterValue(8), "4"), (.number("2.5"), "1.25"), (30, "15"),
    ])
    func perSecond(_ seconds: ParameterValue, _ expected: String) throws {
        #expect(try Hand.perSecond.total(["seconds": seconds]) == ExactDecimal(expected)!)
    }

    @Test("per unit uses whenAbsent when the parameter is missing")
    func perUnitWhenAbsent() throws {
        #expect(try Hand.perSecond.total([:]) == "2.5")  // 0.5 × 5 (assumed)
    }

    @Test("per 1,000 characters counts a started unit as whole", arguments: [
        (0, "0"), (1, "0.3"), (1000, "0.3"), (1001, "0.6"), (2500, "0.9"),
    ])
    func perThousandCharacters(_ count: Int, _ expected: String) throws {
        let text = String(repeating: "x", count: count)
        #expect(try Hand.perThousandCharacters.total(["text": .string(text)]) == ExactDecimal(expected)!)
    }

    @Test("a unit size of 5 scales linearly", arguments: [(5, "4"), (10, "8"), (12, "9.6"), (1, "0.8")])
    func unitSizeFive(_ seconds: Int, _ expected: String) throws {
        // 4 × seconds / 5
        #expect(try Hand.perFiveSeconds.total(["duration": .number(ExactDecimal(seconds))]) == ExactDecimal(expected)!)
    }

    @Test("per unit on a value that is not a number is notANumber")
    func perUnitNotANumber() throws {
        let model = PricedModel(
            recordId: "nan", name: "Counted", baseTokenCost: 1,
            schema: InputSchema(properties: [SchemaProperty("count", type: .string)]),
            rule: PricingRule(factors: [.perUnit("count")]))
        #expect(try model.total(["count": "3"]) == 3)  // a numeric string counts
        let error = try #require(throws: PricingError.self) { try model.total(["count": "three"]) }
        #expect(error.kind == .notANumber)
        #expect(error.keyPath == "parameters.count")
    }

    // MARK: Surcharge, tables, minimum, rounding

    @Test("a surcharge adds a rate per unit above the included amount", arguments: [
        (3, "10"), (5, "10"), (8, "16"), (20, "40"),
    ])
    func surcharge(_ seconds: Int, _ expected: String) throws {
        // 10 + 2 × max(0, seconds − 5)
        #expect(try Hand.surcharge.total(["duration": .number(ExactDecimal(seconds))]) == ExactDecimal(expected)!)
    }

    @Test("a price table over two parameters gives absolute prices", arguments: [
        ("720p", "5", "20"), ("720p", "10", "40"), ("1080p", "5", "30"), ("1080p", "10", "60"),
    ])
    func twoParameterTable(_ resolution: String, _ duration: String, _ expected: String) throws {
        let quote = try Hand.twoParameterTable.quote(["resolution": .string(resolution), "duration": .string(duration)])
        #expect(quote.total == ExactDecimal(expected)!)
        #expect(quote.lineItems.first?.kind == .priceTable)  // the base cost (999) plays no part
    }

    @Test("a price table's whenAbsent values fill missing parameters")
    func tableWhenAbsent() throws {
        #expect(try Hand.twoParameterTable.total([:]) == 20)
        #expect(try Hand.twoParameterTable.total(["duration": "10"]) == 40)
    }

    @Test("a one-parameter table with and without otherwise")
    func oneParameterTable() throws {
        #expect(try Hand.oneParameterTable(otherwise: 25).total(["resolution": "1080p"]) == 40)
        #expect(try Hand.oneParameterTable(otherwise: 25).total(["resolution": "4k"]) == 25)
        #expect(try Hand.oneParameterTable(otherwise: 25).total([:]) == 25)
        let error = try #require(throws: PricingError.self) { try Hand.oneParameterTable(otherwise: nil).total(["resolution": "4k"]) }
        #expect(error.kind == .noPriceForValue)
        #expect(error.keyPath == "parameters.resolution")
        let absent = try #require(throws: PricingError.self) { try Hand.oneParameterTable(otherwise: nil).total([:]) }
        #expect(absent.kind == .noPriceForValue)
    }

    @Test("the minimum charge applies before the rounding")
    func minimumCharge() throws {
        #expect(try Hand.minimumCharge.total(["seconds": 2]) == "0.5")  // 0.1 × 2 = 0.2 → at least 0.5
        #expect(try Hand.minimumCharge.total(["seconds": 12]) == "1.2")
        let quote = try Hand.minimumCharge.quote(["seconds": 2])
        #expect(quote.lineItems.map(\.kind) == [.base, .perUnit, .minimumCharge, .rounding])
        #expect(quote.lineItems[2].subtotal == "0.5")
    }

    @Test("one rounding at the end; line items keep exact amounts")
    func roundingOnce() throws {
        let quote = try Hand.chatGPT.quote(["nVariants": 2])
        #expect(quote.lineItems.map(\.subtotal) == [3, "3.49998", "3.5"])
        #expect(quote.unrounded == "3.49998")
        #expect(quote.total == "3.5")
        #expect(quote.lineItems.last?.label == "rounded to 2 decimals, half away from zero")
        // 1 × 1.005 × 1.005 = 1.010025 → 1.01. Rounding after each factor would give
        // 1.01 × 1.005 = 1.01505 → 1.02.
        let small = try Hand.twoSmallFactors.quote(["a": true, "b": true])
        #expect(small.unrounded == "1.010025")
        #expect(small.total == "1.01")
    }

    @Test("the fast total equals the quote's total for every enum combination")
    func fastPathAgrees() throws {
        for model in [Hand.chatGPT, Hand.stringDuration, Hand.integerDuration, Hand.ultraDetail, Hand.twoParameterTable, Hand.twoSmallFactors] {
            var combinations: [[String: ParameterValue]] = [[:]]
            for property in model.schema.properties {
                let values = property.allowedValues ?? (property.type == .boolean ? [true, false] : [])
                guard !values.isEmpty else { continue }
                combinations = combinations.flatMap { c in [c] + values.map { v in c.merging([property.name: v]) { $1 } } }
            }
            for parameters in combinations {
                #expect(try model.total(parameters) == model.quote(parameters).total, "\(model.name) \(parameters)")
            }
        }
    }

    @Test("fast and general paths throw the same errors")
    func fastPathErrors() throws {
        let cases: [(PricedModel, [String: ParameterValue])] = [
            (Hand.chatGPT, ["nVariants": 3]), (Hand.chatGPT, ["colour": "red"]), (Hand.chatGPT, ["nVariants": "2"]),
            (Hand.perSecond, ["seconds": 31]), (Hand.openStyle, ["style": "sketch"]),
        ]
        for (model, parameters) in cases {
            let a = try #require(throws: PricingError.self) { try model.total(parameters) }
            let b = try #require(throws: PricingError.self) { try model.quote(parameters) }
            #expect(a == b)
        }
    }

    @Test("a fresh model compiles its fast path once, safely, when many threads price it at once")
    func concurrentFirstUse() async throws {
        for _ in 0..<20 {
            let model = PricedModel(
                recordId: "gpt", name: "ChatGPT", baseTokenCost: 3, schema: Hand.chatGPT.schema, rule: Hand.chatGPT.rule)
            let totals = await withTaskGroup(of: ExactDecimal?.self) { group in
                for i in 0..<8 {
                    let n: ParameterValue = [1, 2, 4][i % 3]
                    group.addTask { try? model.total(["nVariants": n]) }
                }
                var all: [ExactDecimal?] = []
                for await t in group { all.append(t) }
                return all
            }
            #expect(totals.count == 8)
            #expect(totals.allSatisfy { $0 == 3 || $0 == "3.5" || $0 == 4 })
        }
    }

    @Test("a copy with a changed rule prices by the new rule")
    func mutationRecompiles() throws {
        var model = Hand.stringDuration
        model.baseTokenCost = 10
        #expect(try model.total(["duration": "10"]) == 20)
        model.rule = .flat
        #expect(try model.total(["duration": "10"]) == 10)
        #expect(try Hand.stringDuration.total(["duration": "10"]) == 12)  // the original is untouched
        #expect(model != Hand.stringDuration)
        model.rule = Hand.stringDuration.rule
        model.baseTokenCost = 6
        #expect(model == Hand.stringDuration)
        #expect(model.hashValue == Hand.stringDuration.hashValue)
    }
}
