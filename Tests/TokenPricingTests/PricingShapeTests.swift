import Testing
import TokenPricing

/// The pricing shapes of the platform's current registry, each priced exactly, with its
/// assumption said, its limits applied and its errors typed.
@Suite("Pricing shapes")
struct PricingShapeTests {
    // MARK: A rate that differs from the base cost, and measured usage

    @Test("a rate of 0.1 per second of audio, at least 1, rounded up to one decimal", arguments: [
        (nil, "3"), ("12", "1.2"), ("12.34", "1.3"), ("5", "1"), ("600", "60"),
    ] as [(ExactDecimal?, ExactDecimal)])
    func rateTimesUsage(seconds: ExactDecimal?, expected: ExactDecimal) throws {
        let usage: [UsageQuantity: ExactDecimal] = seconds.map { [.audioDurationSeconds: $0] } ?? [:]
        #expect(try Shapes.audioIsolation.total([:], usage: usage) == expected)
        #expect(try Shapes.audioIsolation.quote([:], usage: usage).total == expected)
    }

    @Test("12 seconds at 0.1 is 1.2 exactly, where a float product ceiled to one decimal gives 1.3")
    func noFloatCeilingDrift() throws {
        // 12 × 0.1 is 1.2000000000000002 in binary floating point; ceiling it to one decimal
        // gives 1.3. The exact product is 1.2.
        #expect(try Shapes.audioIsolation.total([:], usage: [.audioDurationSeconds: 12]) == "1.2")
    }

    @Test("an assumed usage is said in the breakdown; a given one is not")
    func assumptionIsSaid() throws {
        let assumed = try Shapes.audioIsolation.quote([:])
        let line = try #require(assumed.lineItems.first { $0.kind == .usage })
        #expect(line.usage == "audioDurationSeconds")
        #expect(line.valueAssumed)
        #expect(line.value == 30)
        #expect(line.label == "audioDurationSeconds = 30 seconds (assumed) → × 30")
        let given = try Shapes.audioIsolation.quote([:], usage: [.audioDurationSeconds: 42])
        let measured = try #require(given.lineItems.first { $0.kind == .usage })
        #expect(!measured.valueAssumed)
        #expect(measured.value == 42)
    }

    @Test("a usage the model does not price on, or one not above 0, is a typed error", arguments: [
        ([UsageQuantity.audioDurationMinutes: ExactDecimal(2)], "usage.audioDurationMinutes", "Audio isolation does not price on audioDurationMinutes (it reads audioDurationSeconds)"),
        ([.audioDurationSeconds: 0], "usage.audioDurationSeconds", "audioDurationSeconds must be above 0, found 0"),
        ([.audioDurationSeconds: -3], "usage.audioDurationSeconds", "audioDurationSeconds must be above 0, found -3"),
    ])
    func badUsage(usage: [UsageQuantity: ExactDecimal], keyPath: String, message: String) {
        #expect {
            try Shapes.audioIsolation.quote([:], usage: usage)
        } throws: { error in
            guard let e = error as? PricingError else { return false }
            return e.kind == .invalidUsage && e.keyPath == keyPath && e.message == message
        }
        #expect(throws: PricingError.self) { try Shapes.audioIsolation.total([:], usage: usage) }
    }

    @Test("a model without usage refuses one: a duration must not vanish from the bill")
    func usageOnAFlatModel() {
        #expect(throws: PricingError.self) { try Hand.chatGPT.quote([:], usage: [.videoDuration: 5]) }
    }

    // MARK: Caps, floors and a cap that depends on another parameter

    @Test("the driving video's duration is floored at 3 s and capped by the character's source", arguments: [
        ([:], nil, "15"),                                                   // 5 s assumed × 3
        (["mode": "1080p"], "40", "135"),                                   // cap 30 (video) × 4.5
        (["character_orientation": "image"], "40", "30"),                   // cap 10 × 3
        (["character_orientation": "image", "mode": "1080p"], "7", "31.5"), // under the cap
        ([:], "1", "9"),                                                    // floor 3 × 3
    ] as [([String: ParameterValue], ExactDecimal?, ExactDecimal)])
    func dependentCap(parameters: [String: ParameterValue], seconds: ExactDecimal?, expected: ExactDecimal) throws {
        let usage: [UsageQuantity: ExactDecimal] = seconds.map { [.videoDuration: $0] } ?? [:]
        #expect(try Shapes.motionControl.total(parameters, usage: usage) == expected)
    }

    @Test("the breakdown says when a limit changed the quantity")
    func limitIsSaid() throws {
        let q = try Shapes.motionControl.quote(["character_orientation": "image"], usage: [.videoDuration: 40])
        #expect(q.lineItems.map(\.label) == [
            "price table: mode = 720p → 3",
            "videoDuration = 40 seconds, capped at 10 → × 10",
            "rounded to 1 decimal, up",
        ])
    }

    @Test("a count is clamped to 1…4 before it multiplies", arguments: [
        (nil, "2.5"), (1, "2.5"), (3, "7.5"), (4, "10"), (9, "10"),
    ] as [(Int?, ExactDecimal)])
    func clampedCount(images: Int?, expected: ExactDecimal) throws {
        let parameters: [String: ParameterValue] = images.map { ["max_images": .number(ExactDecimal($0))] } ?? [:]
        #expect(try Shapes.clampedImages.total(parameters) == expected)
        #expect(try Shapes.clampedImages.quote(parameters).total == expected)
    }

    // MARK: A table over three parameters

    @Test("a boolean chooses between two resolution × duration tables", arguments: [
        ([:], "8"), (["generate_audio": true], "14"), (["duration": "8"], "14"), (["generate_audio": true, "duration": "8"], "28"),
    ] as [([String: ParameterValue], ExactDecimal)])
    func threeDimensionalTable(parameters: [String: ParameterValue], expected: ExactDecimal) throws {
        #expect(try Shapes.seedanceAudio.total(parameters) == expected)
    }

    @Test("building a table whose rows have the wrong number of keys throws a typed error")
    func wrongArityThrows() {
        #expect {
            try PriceTable(parameters: ["resolution", "duration"], rows: [PriceTableRow(["720p", "5"], 1), PriceTableRow(["720p"], 2)])
        } throws: { error in
            guard let e = error as? PriceTableError else { return false }
            return e.kind == .wrongArity && e.row == 1 && e.message == "row 1 has 1 key for 2 parameters (resolution, duration)"
        }
        #expect(throws: PriceTableError.self) { try PriceTable(parameters: [], rows: []) }
        #expect(throws: PriceTableError.self) { try PriceTable(parameters: ["a", "a"], rows: []) }
        #expect(throws: PriceTableError.self) { try PriceTable(parameters: ["a"], rows: [], whenAbsent: ["b": 1]) }
    }

    // MARK: Fallback between parameters, characters across a list

    @Test("text is counted, else prompt; an empty text falls back like the platform's `||`", arguments: [
        ([:], "3"),
        (["text": .string(String(repeating: "a", count: 2500))], "9"),
        (["text": "", "prompt": .string(String(repeating: "b", count: 1001))], "6"),
        (["prompt": .string(String(repeating: "b", count: 4000))], "12"),
        (["text": "hi", "prompt": .string(String(repeating: "b", count: 4000))], "3"),
    ] as [([String: ParameterValue], ExactDecimal)])
    func fallback(parameters: [String: ParameterValue], expected: ExactDecimal) throws {
        #expect(try Shapes.textElsePrompt.total(parameters) == expected)
        #expect(try Shapes.textElsePrompt.quote(parameters).total == expected)
    }

    @Test("the characters of every dialogue line are summed", arguments: [
        ([], "7"),
        ([["text": .string(String(repeating: "a", count: 600)), "voice": "Adam"], ["text": .string(String(repeating: "b", count: 900)), "voice": "Alice"]], "11"),
        ([["text": .string(String(repeating: "a", count: 2000)), "voice": "Adam"]], "14"),
    ] as [([ParameterValue], ExactDecimal)])
    func dialogueCharacters(lines: [ParameterValue], expected: ExactDecimal) throws {
        #expect(try Shapes.dialogue.total(lines.isEmpty ? [:] : ["dialogue": .array(lines)]) == expected)
    }

    @Test("characters are UTF-16 code units, as the platform's `length` counts: an emoji is 2", arguments: [
        // 1,000 letters are one unit; 999 letters and one emoji are 1,001 code units, two units.
        (String(repeating: "a", count: 1000), "3"),
        (String(repeating: "a", count: 999) + "🎬", "6"),
        // 500 emoji are 500 `Character`s but 1,000 code units: one unit, where 501 are two.
        (String(repeating: "🎬", count: 500), "3"),
        (String(repeating: "🎬", count: 501), "6"),
        // A decomposed "é" (e + combining accent) is one `Character`, two code units.
        (String(repeating: "a", count: 999) + "e\u{301}", "6"),
    ] as [(String, ExactDecimal)])
    func platformCharacters(text: String, expected: ExactDecimal) throws {
        #expect(try Shapes.textElsePrompt.total(["text": .string(text)]) == expected)
        #expect(try Shapes.textElsePrompt.quote(["text": .string(text)]).total == expected)
    }

    @Test("a dialogue's lines are counted in UTF-16 code units too")
    func dialoguePlatformCharacters() throws {
        let lines: [ParameterValue] = [["text": .string(String(repeating: "🎬", count: 600)), "voice": "Adam"]]
        // 1,200 code units at 7 per 1,000 is 8.4, rounded up to 9 (600 `Character`s would give 5).
        #expect(try Shapes.dialogue.total(["dialogue": .array(lines)]) == 9)
        #expect(try Shapes.dialogue.quote(["dialogue": .array(lines)]).total == 9)
    }

    @Test("maxLength counts the same code units: 2,500 emoji are over a limit of 5,000", arguments: [
        (2500, true), (2501, false),
    ])
    func maxLengthInCodeUnits(emoji: Int, accepted: Bool) throws {
        let call: [String: ParameterValue] = ["text": .string(String(repeating: "🎬", count: emoji))]
        if accepted {
            #expect(try Shapes.textElsePrompt.total(call) == 15)
        } else {
            let error = try #require(throws: PricingError.self) { try Shapes.textElsePrompt.total(call) }
            #expect(error.kind == .invalidParameter && error.keyPath == "parameters.text")
            #expect(try #require(throws: PricingError.self) { try Shapes.textElsePrompt.quote(call) } == error)
        }
    }

    @Test("a dialogue that is not a list of objects is refused, not priced as empty")
    func dialogueOfTextIsRefused() {
        #expect(throws: PricingError.self) { try Shapes.dialogue.total(["dialogue": ["just text"]]) }
    }

    // MARK: Rule checks against the schema

    @Test("rule checks name a missing fallback, an uncovered cap value, a floor above a cap and a wrong item field")
    func shapeIssues() {
        let schema = InputSchema(properties: [
            SchemaProperty("text", type: .string),
            SchemaProperty("orientation", type: .string, enum: ["image", "video", "text"]),
            SchemaProperty("lines", type: .array, items: ItemsSchema(type: .object, properties: [SchemaProperty("words", type: .string)])),
        ])
        let rule = PricingRule(factors: [
            .perUnit("text", fallbacks: ["prompt"], measure: .characters),
            .usage(.videoDuration, assumed: 5, limits: QuantityLimits(minimum: 12, maximumBy: LimitTable("orientation", ["image": 10, "video": 30]))),
            .perUnit("lines", measure: .characters, itemField: "text"),
        ])
        let messages = rule.issues(against: schema).map(\.description)
        #expect(messages == [
            "error: prompt: per-unit factor on 'prompt', which the schema does not have",
            "error: videoDuration: its floor 12 is above its cap 10",
            "error: orientation: cap table of videoDuration misses enum value \"text\" and states no otherwise",
            "error: lines: counts the characters of 'text', which the items of 'lines' do not have",
        ])
        #expect(Shapes.motionControl.rule.issues(against: Shapes.motionControl.schema).isEmpty)
        #expect(Shapes.dialogue.rule.issues(against: Shapes.dialogue.schema).isEmpty)
        #expect(Shapes.textElsePrompt.rule.issues(against: Shapes.textElsePrompt.schema).isEmpty)
    }

    @Test("the rule reads the cap's parameter and the fallbacks; the usage separately")
    func readParameters() {
        #expect(Shapes.motionControl.rule.pricedParameters == ["mode", "character_orientation"])
        #expect(Shapes.motionControl.rule.usageQuantities == [.videoDuration])
        #expect(Shapes.textElsePrompt.rule.pricedParameters == ["text", "prompt"])
    }
}
