import Testing
import TokenPricing

private func field(_ name: String, _ type: UserInputField.FieldType, required: Bool = false, options: [ParameterValue]? = nil, maxFiles: Int? = nil, default value: ParameterValue? = nil) -> UserInputField {
    UserInputField(name: name, type: type, label: name, required: required, options: options, maxFiles: maxFiles, defaultValue: value)
}

/// A step; its prompt defaults to plain text, so a model that requires a prompt gets one (a
/// step that fills no required prompt is refused, as `admin-site check` refuses it).
private func step(_ n: Int, _ model: String, prompt: String? = "A prompt", _ parameters: [String: ParameterValue] = [:], map: [String: String] = [:], output: String? = nil) -> WorkflowStep {
    WorkflowStep(stepNumber: n, stepName: "Step \(n)", modelRecordId: model, promptTemplate: prompt, parameters: parameters, inputMappings: map, outputKey: output)
}

private func workflow(_ fields: [UserInputField], _ steps: [WorkflowStep]) -> WorkflowTemplate {
    WorkflowTemplate(id: "w", name: "W", userInputFields: fields, steps: steps)
}

/// Four steps: an image with 1/2/4 variants, a 5/10 s video, a per-second clip, a flat upscale.
private let fourSteps = workflow(
    [field("photo", .file, required: true, maxFiles: 1),
     field("variants", .select, options: [1, 2, 4]),
     field("length", .select, options: ["5", "10"], default: "5"),
     field("seconds", .number),
     field("hd", .checkbox)],
    [step(1, "gpt", prompt: "A {{user.variants}} image", ["size": "3:2"], map: ["nVariants": "user.variants"], output: "image"),
     step(2, "kling", prompt: "Animate {{step1.image}}", map: ["duration": "user.length"], output: "video"),
     step(3, "per-second", map: ["seconds": "user.seconds"], output: "clip"),
     step(4, "flat-image", map: ["image": "step1.image"], output: "upscaled")])

@Suite("Workflow pricing")
struct WorkflowPricingTests {
    let pricer = Parts.pricer

    @Test("the cost is the sum over all steps, at defaults, min and max")
    func sumOfAllSteps() throws {
        let cost = try pricer.cost(of: fourSteps)
        // Defaults: variants → first option 1 → 3; length "5" → 6 × 1 = 6; seconds (no value)
        // → the schema default 5 → 0.5 × 5 = 2.5; flat 0.25. Sum 11.75.
        #expect(cost.atDefaults == "11.75")
        // Min: 3 + 6 + 0.5 × 1 + 0.25 = 9.75. Max: 4 + 12 + 0.5 × 30 + 0.25 = 31.25.
        #expect(cost.min == "9.75")
        #expect(cost.max == "31.25")
        #expect(cost.steps.map(\.stepNumber) == [1, 2, 3, 4])
        #expect(cost.steps.map(\.subtotal) == [3, 6, "2.5", "0.25"])
        #expect(cost.steps.map(\.min) == [3, 6, "0.5", "0.25"])
        #expect(cost.steps.map(\.max) == [4, 12, 15, "0.25"])
        #expect(cost.steps.map(\.userChosenParameters) == [["nVariants"], ["duration"], ["seconds"], []])
        #expect(cost.total == nil)
    }

    @Test("exact total for given inputs")
    func exactTotal() throws {
        let inputs: [String: ParameterValue] = ["photo": "https://x/p.png", "variants": 2, "length": "10", "seconds": 12]
        let cost = try pricer.cost(of: fourSteps, userInputs: inputs)
        // 3.50 + 12 + 6 + 0.25
        #expect(cost.total == "21.75")
        #expect(cost.steps[0].effectiveParameters == ["size": "3:2", "nVariants": 2])
        #expect(cost.steps[1].effectiveParameters == ["duration": "10"])
        // The step-output input is filled at run time and not priced.
        #expect(cost.steps[3].effectiveParameters.isEmpty)
        #expect(try pricer.prepare(fourSteps).total(userInputs: inputs) == "21.75")
    }

    @Test("form values are converted to the parameter's type")
    func coercion() throws {
        // Options written as numbers fill a string parameter, and as text an integer one.
        let w = workflow(
            [field("a", .select, options: [5, 10]), field("b", .select, options: ["5", "10"])],
            [step(1, "kling", map: ["duration": "user.a"]), step(2, "int-duration", map: ["duration": "user.b"])])
        let cost = try pricer.cost(of: w, userInputs: ["a": "10", "b": 10])
        #expect(cost.steps[0].effectiveParameters["duration"] == "10")
        #expect(cost.steps[1].effectiveParameters["duration"] == 10)
        #expect(cost.total == 24)  // 6 × 2 + 6 × 2
        #expect(cost.min == 12 && cost.max == 24)
    }

    @Test("defaults: the field's default, else a select's first option, else an unticked checkbox")
    func fieldDefaults() throws {
        let w = workflow(
            [field("mode", .select, options: ["b", "a"]), field("on", .checkbox), field("mode2", .select, options: ["a", "b"], default: "b")],
            [step(1, "prefers-a", map: ["mode": "user.mode"]), step(2, "toggle", map: ["on": "user.on"]), step(3, "prefers-b", map: ["mode": "user.mode2"])])
        let cost = try pricer.cost(of: w)
        #expect(cost.steps[0].effectiveParameters == ["mode": "b"])  // 10 × 1
        #expect(cost.steps[1].effectiveParameters == ["on": false])  // 1 × 1
        #expect(cost.steps[2].effectiveParameters == ["mode": "b"])  // 10 × 2
        #expect(cost.atDefaults == 31)
    }

    @Test("a field feeding several steps is priced over joint choices, not per-step extremes")
    func jointChoices() throws {
        let w = workflow(
            [field("mode", .select, options: ["a", "b"])],
            [step(1, "prefers-a", map: ["mode": "user.mode"]), step(2, "prefers-b", map: ["mode": "user.mode"])])
        let prepared = try pricer.prepare(w)
        // a: 20 + 10 = 30; b: 10 + 20 = 30. Per-step sums would say 20 … 40.
        #expect(prepared.min == 30 && prepared.max == 30)
        #expect(prepared.rangeIsExact)
        let cost = try pricer.cost(of: w)
        #expect(cost.steps.map(\.min) == [10, 10] && cost.steps.map(\.max) == [20, 20])
        #expect(try pricer.cost(of: w, userInputs: ["mode": "b"]).total == 30)
    }

    @Test("past 4,096 joint choices the range is the per-step sums, a safe bound")
    func fallbackBound() throws {
        func toggles(_ n: Int) -> WorkflowTemplate {
            workflow(
                (1...n).map { field("t\($0)", .checkbox) },
                (1...n).map { step($0, "toggle", map: ["on": "user.t\($0)"]) })
        }
        let exact = try pricer.prepare(toggles(12))  // 2^12 = 4096: enumerated
        #expect(exact.rangeIsExact)
        #expect(exact.min == 12 && exact.max == 24)
        let bounded = try pricer.prepare(toggles(13))  // 2^13 = 8192: bounded
        #expect(!bounded.rangeIsExact)
        #expect(bounded.min == 13 && bounded.max == 26)
        #expect(bounded.atDefaults == 13)
        var inputs: [String: ParameterValue] = [:]
        for i in 1...13 { inputs["t\(i)"] = .bool(i % 2 == 0) }
        #expect(try bounded.total(userInputs: inputs) == 19)  // 6 on × 2 + 7 off × 1
    }

    @Test("each call is rounded by its own rule; the workflow adds the rounded totals exactly")
    func roundingPerStep() throws {
        let w = workflow([], [step(1, "rounds-up"), step(2, "rounds-up")])
        // Each call: 1 × 1.005 = 1.005 → 1.01. The workflow: 1.01 + 1.01 = 2.02 (rounding the
        // exact sum 2.01 once would give 2.01, but two calls are charged).
        let cost = try pricer.cost(of: w)
        #expect(cost.steps.map(\.quote.unrounded) == ["1.005", "1.005"])
        #expect(cost.atDefaults == "2.02" && cost.total == "2.02")
    }

    @Test("a number field without a value moves the price over the parameter's range")
    func numberField() throws {
        let w = workflow([field("seconds", .number)], [step(1, "per-second", map: ["seconds": "user.seconds"])])
        let cost = try pricer.cost(of: w)
        #expect(cost.min == "0.5" && cost.atDefaults == "2.5" && cost.max == 15)
        #expect(try pricer.cost(of: w, userInputs: ["seconds": "7"]).total == "3.5")
        #expect(try pricer.prepare(w).total(userInputs: ["seconds": 7]) == "3.5")
    }

    @Test("a number field with a default prices at it, and its range still covers the parameter's")
    func numberFieldDefault() throws {
        let w = workflow([field("seconds", .number, default: 10)], [step(1, "per-second", map: ["seconds": "user.seconds"])])
        let cost = try pricer.cost(of: w)
        #expect(cost.atDefaults == 5 && cost.min == "0.5" && cost.max == 15)
    }

    @Test("StepCost carries the rule in words, the quote and the effective parameters")
    func stepCostContents() throws {
        let cost = try pricer.cost(of: fourSteps, userInputs: ["photo": "p.png", "variants": 4])
        let first = cost.steps[0]
        #expect(first.stepName == "Step 1")
        #expect(first.modelRecordId == "gpt" && first.modelName == "ChatGPT 4o Image")
        #expect(first.rule == "3 tokens × a factor by nVariants (1 → ×1, 2 → ×1.16666, 4 → ×1.3333), taking 1 when not given, rounded to 2 decimals, half away from zero.")
        #expect(first.quote.lineItems.map(\.kind) == [.base, .multiplier, .rounding])
        #expect(first.quote.unrounded == "3.9999")
        #expect(first.subtotal == 4)
        #expect(cost.total == nil)  // length and seconds also move the price and are not given
    }

    @Test("the fast path agrees with the breakdown for every joint choice")
    func preparedAgrees() throws {
        let prepared = try pricer.prepare(fourSteps)
        for variants: ParameterValue in [1, 2, 4] {
            for length: ParameterValue in ["5", "10", 10] {
                for seconds: ParameterValue in [1, "2.5", 30] {
                    for hd: ParameterValue in [true, false, "true"] {
                        let inputs: [String: ParameterValue] = ["photo": "p", "variants": variants, "length": length, "seconds": seconds, "hd": hd]
                        let total = try #require(try pricer.cost(of: fourSteps, userInputs: inputs).total)
                        #expect(try prepared.total(userInputs: inputs) == total, "\(inputs)")
                    }
                }
            }
        }
        #expect(try prepared.total() == prepared.atDefaults)
    }
}

@Suite("Workflow errors")
struct WorkflowErrorTests {
    let pricer = Parts.pricer

    @Test("mappings that do not resolve are unresolvedMapping, naming the step and the mapping", arguments: [
        (["duration": "user.nope"], 2, "inputMappings.duration"),
        (["prompt": "step2.video"], 2, "inputMappings.prompt"),  // the same step
        (["prompt": "step3.video"], 2, "inputMappings.prompt"),  // a later step
        (["prompt": "step9.video"], 2, "inputMappings.prompt"),  // no such step
        (["prompt": "step1.picture"], 2, "inputMappings.prompt"),  // step 1's output is "image"
        (["prompt": "prompt"], 2, "inputMappings.prompt"),  // not a mapping
    ])
    func unresolved(_ mappings: [String: String], _ stepNumber: Int, _ keyPath: String) throws {
        let w = workflow([field("length", .select, options: ["5", "10"])], [
            step(1, "gpt", output: "image"), step(2, "kling", map: mappings, output: "video"), step(3, "flat-image", output: "x"),
        ])
        let error = try #require(throws: PricingError.self) { try pricer.cost(of: w) }
        #expect(error.kind == .unresolvedMapping)
        #expect(error.templateId == "w")
        #expect(error.stepNumber == stepNumber)
        #expect(error.keyPath == keyPath)
    }

    @Test("a prompt placeholder that does not resolve is unresolvedMapping at promptTemplate", arguments: [
        "Hello {{user.nobody}}", "From {{step2.image}}", "{{weird}}",
    ])
    func unresolvedPlaceholder(_ prompt: String) throws {
        let w = workflow([], [step(1, "gpt", output: "image"), step(2, "kling", prompt: prompt)])
        let error = try #require(throws: PricingError.self) { try pricer.cost(of: w) }
        #expect(error.kind == .unresolvedMapping && error.stepNumber == 2 && error.keyPath == "promptTemplate")
    }

    @Test("an unknown model in a step is unknownModel with the step number")
    func unknownModel() throws {
        let error = try #require(throws: PricingError.self) { try pricer.cost(of: workflow([], [step(1, "gpt"), step(2, "missing")])) }
        #expect(error.kind == .unknownModel && error.templateId == "w" && error.stepNumber == 2 && error.keyPath == "modelRecordId")
    }

    @Test("invalid static values and mappings are invalidParameter at their key path", arguments: [
        (workflow([], [step(1, "kling", ["duration": "7"])]), 1, "parameters.duration"),
        (workflow([field("x", .select, options: ["5", "7"])], [step(1, "kling", map: ["duration": "user.x"])]), 1, "inputMappings.duration"),
        (workflow([field("x", .text)], [step(1, "gpt"), step(2, "kling", map: ["speed": "user.x"])]), 2, "inputMappings.speed"),
    ])
    func invalidParameter(_ w: WorkflowTemplate, _ stepNumber: Int, _ keyPath: String) throws {
        let error = try #require(throws: PricingError.self) { try pricer.cost(of: w) }
        #expect(error.kind == .invalidParameter && error.templateId == "w" && error.stepNumber == stepNumber && error.keyPath == keyPath)
    }

    @Test("a given value that breaks the parameter's schema is invalidParameter at userInputs")
    func invalidGivenValue() throws {
        let w = workflow([field("seconds", .number), field("note", .text)], [
            step(1, "per-second", map: ["seconds": "user.seconds"]), step(2, "flat-image", ["image": "https://x/i.png"], map: ["prompt": "user.note"]),
        ])
        for (inputs, path) in [(["seconds": 31], "userInputs.seconds"), (["note": .string(String(repeating: "n", count: 101))], "userInputs.note")] as [([String: ParameterValue], String)] {
            let error = try #require(throws: PricingError.self) { try pricer.cost(of: w, userInputs: inputs) }
            #expect(error.kind == .invalidParameter && error.keyPath == path && error.stepNumber != nil)
            #expect(try #require(throws: PricingError.self) { try pricer.prepare(w).total(userInputs: inputs) } == error)
        }
    }

    @Test("inputs that do not fit their field are invalidUserInput", arguments: [
        (["variants": 3], "userInputs.variants"),
        (["variants": "two"], "userInputs.variants"),
        (["hd": "maybe"], "userInputs.hd"),
        (["hd": 1], "userInputs.hd"),
        (["seconds": "ten"], "userInputs.seconds"),
        (["photo": ["a.png", "b.png"]], "userInputs.photo"),
        (["photo": 5], "userInputs.photo"),
    ] as [([String: ParameterValue], String)])
    func invalidUserInput(_ inputs: [String: ParameterValue], _ keyPath: String) throws {
        let error = try #require(throws: PricingError.self) { try pricer.cost(of: fourSteps, userInputs: inputs) }
        #expect(error.kind == .invalidUserInput && error.templateId == "w" && error.keyPath == keyPath)
        #expect(try #require(throws: PricingError.self) { try pricer.prepare(fourSteps).total(userInputs: inputs) } == error)
    }

    @Test("an input naming no field is unknownUserInput")
    func unknownUserInput() throws {
        let error = try #require(throws: PricingError.self) { try pricer.cost(of: fourSteps, userInputs: ["colour": "red"]) }
        #expect(error.kind == .unknownUserInput && error.templateId == "w" && error.keyPath == "userInputs.colour")
        #expect(try #require(throws: PricingError.self) { try pricer.prepare(fourSteps).total(userInputs: ["colour": "red"]) } == error)
    }

    @Test("a required input missing when the total is computed is missingRequiredInput")
    func missingRequired() throws {
        let inputs: [String: ParameterValue] = ["variants": 2, "length": "10", "seconds": 12]
        let error = try #require(throws: PricingError.self) { try pricer.cost(of: fourSteps, userInputs: inputs) }
        #expect(error.kind == .missingRequiredInput && error.templateId == "w" && error.keyPath == "userInputs.photo")
        #expect(try #require(throws: PricingError.self) { try pricer.prepare(fourSteps).total(userInputs: inputs) } == error)
        // An estimate never fails for a missing input, nor does a partial run whose total is open.
        #expect(try pricer.cost(of: fourSteps).total == nil)
        #expect(try pricer.cost(of: fourSteps, userInputs: ["variants": 2]).total == nil)
    }

    @Test("a select option the model rejects makes the workflow invalid, as admin-site check says")
    func badOptionOfNonMovingSelect() throws {
        // Before issue 10 the pricer priced this workflow and failed only when "Zed" was
        // chosen, while `check` rejected it: one rule now, the workflow is refused.
        let w = workflow(
            [field("script", .textarea, required: true), field("voice", .select, options: ["Rachel", "Zed"])],
            [step(1, "voices", map: ["text": "user.script", "voice": "user.voice"])])
        let error = try #require(throws: PricingError.self) { try pricer.prepare(w) }
        #expect(error.kind == .invalidParameter && error.stepNumber == 1 && error.keyPath == "inputMappings.voice")
        #expect(error.message.contains("\"Zed\"") && error.message.contains("parameter-outside-schema"))
        #expect(try #require(throws: PricingError.self) { try pricer.cost(of: w, userInputs: ["script": "Hi", "voice": "Rachel"]) } == error)
    }

    @Test("a text longer than its parameter allows is caught by both paths")
    func tooLongText() throws {
        let w = workflow(
            [field("script", .textarea, required: true), field("voice", .select, options: ["Rachel", "Aria"])],
            [step(1, "voices", map: ["text": "user.script", "voice": "user.voice"])])
        let prepared = try pricer.prepare(w)
        #expect(prepared.priceMovingFields.isEmpty)
        #expect(try prepared.total(userInputs: ["script": "Hi", "voice": "Aria"]) == 3)
        let long: [String: ParameterValue] = ["script": .string(String(repeating: "é", count: 51))]
        let tooLong = try #require(throws: PricingError.self) { try pricer.cost(of: w, userInputs: long) }
        #expect(tooLong.kind == .invalidParameter && tooLong.keyPath == "userInputs.script")
        #expect(try #require(throws: PricingError.self) { try prepared.total(userInputs: long) } == tooLong)
        // 50 two-byte characters are 100 UTF-8 bytes but only 50 characters: valid.
        #expect(try prepared.total(userInputs: ["script": .string(String(repeating: "é", count: 50))]) == 3)
    }

    @Test("priceMovingFields names the fields that move a price, in declaration order")
    func priceMovingFields() throws {
        #expect(try pricer.prepare(fourSteps).priceMovingFields == ["variants", "length", "seconds"])
        #expect(try pricer.prepare(content("gpt", editable: ["prompt", "nVariants", "size"])).priceMovingFields == ["nVariants"])
    }

    @Test("errors are reported in input-name order, the same by both paths")
    func errorOrder() throws {
        let inputs: [String: ParameterValue] = ["zzz": 1, "variants": 3, "aaa": 2]
        let error = try #require(throws: PricingError.self) { try pricer.cost(of: fourSteps, userInputs: inputs) }
        #expect(error.kind == .unknownUserInput && error.keyPath == "userInputs.aaa")
        #expect(try #require(throws: PricingError.self) { try pricer.prepare(fourSteps).total(userInputs: inputs) } == error)
    }
}
