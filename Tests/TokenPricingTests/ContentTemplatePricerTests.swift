import Testing
import TokenPricing

@Suite("Content template pricing")
struct ContentTemplatePricingTests {
    let pricer = Parts.pricer

    @Test("effective parameters: preset, overlaid with hidden, overlaid with the user's")
    func overlay() throws {
        let t = content("gpt", preset: ["size": "2:3", "nVariants": 1], editable: ["prompt", "size"], hidden: ["nVariants": 2])
        let cost = try pricer.cost(of: t, userInputs: ["size": "3:2", "prompt": "a cat"])
        #expect(cost.steps[0].effectiveParameters == ["size": "3:2", "nVariants": 2, "prompt": "a cat"])
        // 3 × 1.16666 = 3.49998 → 3.50; nVariants is hidden, so nothing the user picks moves it.
        #expect(cost.min == "3.5" && cost.atDefaults == "3.5" && cost.max == "3.5")
        #expect(cost.total == "3.5")
        #expect(cost.steps[0].userChosenParameters.isEmpty)
    }

    @Test("the range covers an editable enum; the total needs it given")
    func enumRange() throws {
        let t = content("gpt", preset: ["size": "1:1"], editable: ["prompt", "nVariants"])
        let estimate = try pricer.cost(of: t)
        // nVariants 1 → 3, 2 → 3.49998 → 3.50, 4 → 3.9999 → 4.00; default 1.
        #expect(estimate.min == 3 && estimate.atDefaults == 3 && estimate.max == 4)
        #expect(estimate.total == nil)
        #expect(estimate.steps.count == 1)
        #expect(estimate.steps[0].stepNumber == 1 && estimate.steps[0].stepName == "T")
        #expect(estimate.steps[0].userChosenParameters == ["nVariants"])
        #expect(estimate.steps[0].min == 3 && estimate.steps[0].max == 4)
        #expect(estimate.steps[0].rule == Hand.chatGPT.rule.explanation(baseTokenCost: 3))
        let run = try pricer.cost(of: t, userInputs: ["nVariants": 2, "prompt": "a cat"])
        #expect(run.total == "3.5")
        #expect(run.atDefaults == 3)  // defaults do not move with the inputs
        #expect(run.steps[0].quote.lineItems.map(\.subtotal) == [3, "3.49998", "3.5"])
    }

    @Test("a number with a range is priced at its endpoints; absent it takes the schema default")
    func numberRange() throws {
        // 0.5 × seconds, seconds 1…30, default 5.
        let cost = try pricer.cost(of: content("per-second", editable: ["seconds"]))
        #expect(cost.min == "0.5" && cost.atDefaults == "2.5" && cost.max == 15)
        #expect(try pricer.cost(of: content("per-second", editable: ["seconds"]), userInputs: ["seconds": 12]).total == 6)
        // 10 + 2 per second above 5, duration 1…20: 10 at 1 (and at the default 5), 40 at 20.
        let surcharge = try pricer.cost(of: content("surcharge", editable: ["duration"]))
        #expect(surcharge.min == 10 && surcharge.atDefaults == 10 && surcharge.max == 40)
    }

    @Test("a per-character price ranges from the empty text to maxLength characters")
    func characterRange() throws {
        // 0.3 per started 1,000 characters, maxLength 10,000: "" → 0, 10,000 → 3. Absent text is
        // not counted at all (× 1): 0.3.
        let cost = try pricer.cost(of: content("tts", editable: ["text"]))
        #expect(cost.min == 0 && cost.atDefaults == "0.3" && cost.max == 3)
        let run = try pricer.cost(of: content("tts", editable: ["text"]), userInputs: ["text": .string(String(repeating: "a", count: 1500))])
        #expect(run.total == "0.6")
    }

    @Test("an editable field takes the schema default; a field nobody sets takes the rule's whenAbsent")
    func defaultsVersusWhenAbsent() throws {
        // Editable: the form shows the default "high" → 3.5 × 1.2.
        #expect(try pricer.cost(of: content("ultra", editable: ["quality"])).atDefaults == "4.2")
        // Not editable, not preset: the call does not send it → × 1.
        #expect(try pricer.cost(of: content("ultra")).atDefaults == "3.5")
        // Preset: the preset wins.
        #expect(try pricer.cost(of: content("ultra", preset: ["quality": "ultra"], editable: ["quality"])).atDefaults == "5.25")
    }

    @Test("total is set without inputs when nothing the user edits moves the price")
    func fixedPrice() throws {
        let cost = try pricer.cost(of: content("ultra", preset: ["quality": "standard"], editable: []))
        #expect(cost.total == "3.5")
    }

    @Test("the fast path agrees with the breakdown for every choice", arguments: [
        content("gpt", editable: ["prompt", "nVariants", "size"]),
        content("ultra", editable: ["quality"]),
        content("table2", editable: ["resolution", "duration"]),
        content("per-second", editable: ["seconds"]),
    ])
    func preparedAgrees(_ t: ContentTemplate) throws {
        let prepared = try pricer.prepare(t)
        let cost = try pricer.cost(of: t)
        #expect(prepared.min == cost.min && prepared.max == cost.max && prepared.atDefaults == cost.atDefaults)
        #expect(try prepared.total() == cost.atDefaults)
        let model = Parts.catalog.pricedModel(recordId: t.modelRecordId)!
        var runs: [[String: ParameterValue]] = [[:]]
        for name in t.userEditableFields {
            guard let p = model.schema[name] else { continue }
            let bounds: [ParameterValue] = [p.minimum, p.maximum].compactMap { $0.map(ParameterValue.number) }
            let values: [ParameterValue] = p.allowedValues ?? (p.type == .boolean ? [true, false] : bounds)
            if values.isEmpty { continue }
            runs = runs.flatMap { r in values.map { r.merging([name: $0]) { $1 } } }
        }
        for inputs in runs {
            var inputs = inputs
            if t.userEditableFields.contains("prompt") { inputs["prompt"] = "x" }
            let full = try pricer.cost(of: t, userInputs: inputs)
            if let total = full.total { #expect(try prepared.total(userInputs: inputs) == total, "\(inputs)") }
        }
    }
}

@Suite("Content template errors")
struct ContentTemplateErrorTests {
    let pricer = Parts.pricer

    @Test("an unknown model is unknownModel with the template id")
    func unknownModel() throws {
        let error = try #require(throws: PricingError.self) { try pricer.cost(of: content("nope")) }
        #expect(error.kind == .unknownModel)
        #expect(error.templateId == "t")
        #expect(error.stepNumber == nil)
        #expect(error.modelRecordId == "nope")
        #expect(error.keyPath == "modelRecordId")
    }

    @Test("bad preset, hidden and user values are invalidParameter at their key path", arguments: [
        (content("gpt", preset: ["size": "4:5"]), [String: ParameterValue](), "presetParameters.size"),
        (content("gpt", hidden: ["nVariants": 3]), [:], "hiddenFieldDefaults.nVariants"),
        (content("gpt", preset: ["colour": "red"]), [:], "presetParameters.colour"),
        (content("gpt", editable: ["prompt", "nVariants"]), ["nVariants": 3, "prompt": "x"], "userInputs.nVariants"),
        (content("gpt", editable: ["prompt", "nVariants"]), ["nVariants": "2", "prompt": "x"], "userInputs.nVariants"),
        (content("per-second", editable: ["seconds"]), ["seconds": 31], "userInputs.seconds"),
        // An editable field the model lacks makes the template invalid before any input.
        (content("gpt", editable: ["prompt", "colour"]), ["colour": "red"], "userEditableFields[1]"),
    ])
    func invalidParameter(_ t: ContentTemplate, _ inputs: [String: ParameterValue], _ keyPath: String) throws {
        let error = try #require(throws: PricingError.self) { try pricer.cost(of: t, userInputs: inputs) }
        #expect(error.kind == .invalidParameter)
        #expect(error.templateId == "t")
        #expect(error.keyPath == keyPath)
        #expect(error.issues.first?.keyPath == keyPath)
        if !inputs.isEmpty {
            let fast = try #require(throws: PricingError.self) { try pricer.prepare(t).total(userInputs: inputs) }
            #expect(fast == error)
        }
    }

    @Test("an input that is not user-editable is unknownUserInput")
    func unknownUserInput() throws {
        let t = content("gpt", preset: ["size": "1:1"], editable: ["prompt"])
        let error = try #require(throws: PricingError.self) { try pricer.cost(of: t, userInputs: ["size": "2:3", "prompt": "x"]) }
        #expect(error.kind == .unknownUserInput)
        #expect(error.templateId == "t")
        #expect(error.keyPath == "userInputs.size")
        #expect(try #require(throws: PricingError.self) { try pricer.prepare(t).total(userInputs: ["size": "2:3"]) } == error)
    }

    @Test("a run without a required editable field is missingRequiredInput; an estimate is not")
    func missingRequired() throws {
        let t = content("gpt", preset: ["size": "1:1"], editable: ["prompt", "nVariants"])
        let error = try #require(throws: PricingError.self) { try pricer.cost(of: t, userInputs: ["nVariants": 2]) }
        #expect(error.kind == .missingRequiredInput)
        #expect(error.templateId == "t")
        #expect(error.keyPath == "userInputs.prompt")
        #expect(try pricer.cost(of: t).total == nil)
        #expect(try #require(throws: PricingError.self) { try pricer.prepare(t).total(userInputs: ["nVariants": 2]) } == error)
    }
}
