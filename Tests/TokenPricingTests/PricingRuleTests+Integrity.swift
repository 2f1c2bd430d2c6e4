import Testing
import TokenPricing

// Describing and checking rules, rather than pricing calls with them.
extension PricingRuleTests {
    // MARK: Explanations

    @Test("every rule kind explains itself in one sentence", arguments: [
        (Hand.chatGPT, "3 tokens × a factor by nVariants (1 → ×1, 2 → ×1.16666, 4 → ×1.3333), taking 1 when not given, rounded to 2 decimals, half away from zero."),
        (Hand.ultraDetail, "3.5 tokens × a factor by quality (high → ×1.2, ultra → ×1.5; otherwise ×1)."),
        (Hand.perSecond, "0.5 tokens × seconds, taking 5 when not given."),
        (Hand.perThousandCharacters, "0.3 tokens × the characters of text in units of 1,000 characters (a started unit counts whole)."),
        (Hand.perFiveSeconds, "4 tokens × duration in units of 5 seconds."),
        (Hand.surcharge, "10 tokens + 2 per second of duration above 5."),
        (Hand.twoParameterTable, "a price by resolution and duration (720p + 5 → 20, 720p + 10 → 40, 1080p + 5 → 30, 1080p + 10 → 60; resolution 720p and duration 5 when not given)."),
        (Shapes.audioIsolation, "0.1 tokens × the input audio's duration in seconds (audioDurationSeconds; 30 seconds assumed when not measured), at least 1, rounded to 1 decimal, up."),
        (Shapes.motionControl, "a price by mode (720p → 3, 1080p → 4.5; mode 720p when not given) × the input video's duration in seconds (videoDuration; 5 seconds assumed when not measured, counted at least 3 and at most 10 when character_orientation is image or 30 when character_orientation is video), rounded to 1 decimal, up."),
        (Shapes.seedanceAudio, "a price by generate_audio, resolution and duration (false + 480p + 4 → 8, false + 480p + 8 → 14, true + 480p + 4 → 14, true + 480p + 8 → 28; generate_audio false, resolution 480p and duration 4 when not given)."),
        (Shapes.textElsePrompt, "3 tokens × the characters of text, else prompt in units of 1,000 characters (a started unit counts whole), taking none when not given, at least 3."),
        (Shapes.dialogue, "7 tokens × the characters of every text in dialogue in units of 1,000 characters, taking none when not given, at least 7, rounded to 0 decimals, up."),
        (Shapes.clampedImages, "2.5 tokens × max_images (counted at least 1 and at most 4), taking 1 when not given."),
        (Hand.oneParameterTable(otherwise: 25), "a price by resolution (720p → 20, 1080p → 40; otherwise 25)."),
        (Hand.minimumCharge, "0.1 tokens × seconds, at least 0.5, rounded to 2 decimals, half away from zero."),
        (PricedModel(recordId: "one", name: "One", baseTokenCost: 1, schema: InputSchema(properties: []), rule: .flat), "1 token."),
    ])
    func explanation(_ model: PricedModel, _ sentence: String) {
        #expect(model.rule.explanation(baseTokenCost: model.baseTokenCost) == sentence)
    }

    // MARK: Integrity of rules

    @Test("a factor on a parameter the schema lacks is an error")
    func issueUnknownParameter() {
        let rule = PricingRule(factors: [.multiplier("image_size", ["square": 1, "square_hd": "3.5"])])
        let issues = rule.issues(against: InputSchema(properties: [SchemaProperty("aspect_ratio", type: .string)]))
        #expect(issues.count == 1)
        #expect(issues.first?.severity == .error)
        #expect(issues.first?.parameter == "image_size")
        #expect(issues.first?.message.contains("does not have") == true)
    }

    @Test("a table missing an enum value with no otherwise is an error; with otherwise it is fine")
    func issueMissingEnumValue() {
        let schema = InputSchema(properties: [SchemaProperty("duration", type: .string, enum: ["5", "10"])])
        let missing = PricingRule(factors: [.multiplier("duration", ["10": 2])]).issues(against: schema)
        #expect(missing.map(\.severity) == [.error])
        #expect(missing.first?.message.contains("\"5\"") == true)
        #expect(PricingRule(factors: [.multiplier("duration", ["10": 2], otherwise: 1)]).issues(against: schema).isEmpty)
    }

    @Test("a table key that is no enum value is a dead-entry warning")
    func issueDeadKey() {
        // runware upscale: key 3 outside the enum [2, 4].
        let schema = InputSchema(properties: [SchemaProperty("upscaleFactor", type: .number, default: 4, enum: [2, 4])])
        let issues = PricingRule(factors: [.multiplier("upscaleFactor", ["2": 1, "3": "1.5", "4": 2], whenAbsent: "4")]).issues(against: schema)
        #expect(issues.count == 1)
        #expect(issues.first?.severity == .warning)
        #expect(issues.first?.message.contains("'3'") == true)
    }

    @Test("per unit on a string without numeric values is an error")
    func issuePerUnitOnString() {
        let schema = InputSchema(properties: [
            SchemaProperty("style", type: .string, enum: ["a", "b"]),
            SchemaProperty("duration", type: .string, enum: ["5", "10"]),
        ])
        #expect(PricingRule(factors: [.perUnit("style")]).issues(against: schema).map(\.severity) == [.error])
        #expect(PricingRule(factors: [.perUnit("duration")]).issues(against: schema).isEmpty)  // numeric strings count
        #expect(PricingRule(factors: [.perUnit("duration", measure: .characters)]).issues(against: schema).isEmpty)
        let numbers = InputSchema(properties: [SchemaProperty("n", type: .integer)])
        #expect(PricingRule(factors: [.perUnit("n", measure: .characters)]).issues(against: numbers).map(\.severity) == [.error])
        #expect(PricingRule(factors: [.surcharge("style", included: 0, ratePerUnit: 1)]).issues(against: schema).map(\.severity) == [.error])
    }

    @Test("a unit size that cannot divide exactly is an error", arguments: [
        (ExactDecimal(3), false, true), (3, true, false), (0, true, true), (5, false, false), ("0.25", false, false), (-1, true, true),
    ])
    func issueUnitSize(_ size: ExactDecimal, _ roundUp: Bool, _ isError: Bool) {
        let schema = InputSchema(properties: [SchemaProperty("seconds", type: .integer)])
        let issues = PricingRule(factors: [.perUnit("seconds", unitSize: size, roundUnitsUp: roundUp)]).issues(against: schema)
        #expect(issues.contains { $0.severity == .error } == isError)
    }

    @Test("a price table over a parameter without enum needs otherwise")
    func issueTableWithoutEnum() {
        let schema = InputSchema(properties: [SchemaProperty("resolution", type: .string)])
        #expect(Hand.oneParameterTable(otherwise: nil).rule.issues(against: schema).map(\.severity) == [.error])
        #expect(Hand.oneParameterTable(otherwise: 25).rule.issues(against: schema).isEmpty)
    }

    @Test("a table over a boolean without enum covers true and false, so it needs no otherwise")
    func issueBooleanTableWithoutEnum() {
        let schema = InputSchema(properties: [SchemaProperty("generate_audio", type: .boolean, default: false)])
        let both = PricingRule(basis: .priceTable(PriceTable("generate_audio", rows: [("false", "8"), ("true", "14")])))
        #expect(both.issues(against: schema).isEmpty)
        let onlyFalse = PricingRule(basis: .priceTable(PriceTable("generate_audio", rows: [("false", "8")])))
        #expect(onlyFalse.issues(against: schema).map(\.severity) == [.error])
        #expect(onlyFalse.issues(against: schema).first?.message.contains("misses enum value true") == true)
    }

    @Test("pricedParameters lists table and factor parameters once, in order")
    func pricedParameters() {
        let rule = PricingRule(
            basis: .priceTable(PriceTable("resolution", rows: [])),
            factors: [.perUnit("seconds"), .multiplier("resolution", [:], otherwise: 1)])
        #expect(rule.pricedParameters == ["resolution", "seconds"])
    }
}
