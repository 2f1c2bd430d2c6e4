import Foundation
import Testing
import TokenPricing

/// One scenario per `PricingError.Kind` that pricing produces, with where the error must point.
struct ErrorScenario: Sendable, CustomStringConvertible {
    let kind: PricingError.Kind
    let templateId: String?
    let stepNumber: Int?
    let keyPath: String?
    let run: @Sendable () throws(PricingError) -> Void

    var description: String { kind.rawValue }
}

private let pricer = Parts.pricer

/// A huge base cost: any factor above 1 overflows 38 digits.
private let huge = PricedModel(
    recordId: "huge", name: "Huge", baseTokenCost: "99999999999999999999999999999999999999",
    schema: InputSchema(properties: [SchemaProperty("n", type: .integer)]),
    rule: PricingRule(factors: [.perUnit("n")]))

/// A unit size of 3 that does not round up cannot divide 10 exactly.
private let thirds = PricedModel(
    recordId: "thirds", name: "Thirds", baseTokenCost: 1,
    schema: InputSchema(properties: [SchemaProperty("seconds", type: .integer)]),
    rule: PricingRule(factors: [.perUnit("seconds", unitSize: 3)]))

private let errorCatalog = HandCatalog([Hand.chatGPT, Hand.openStyle, Hand.perThousandCharacters, huge, thirds, Parts.flatImage])
private let errorPricer = TemplatePricer(models: errorCatalog)

private let scenarios: [ErrorScenario] = [
    ErrorScenario(kind: .unknownModel, templateId: "w", stepNumber: 1, keyPath: "modelRecordId") { () throws(PricingError) in
        _ = try errorPricer.cost(of: WorkflowTemplate(id: "w", name: "W", steps: [WorkflowStep(stepNumber: 1, modelRecordId: "ghost")]))
    },
    ErrorScenario(kind: .invalidParameter, templateId: nil, stepNumber: nil, keyPath: "parameters.nVariants") { () throws(PricingError) in
        _ = try Hand.chatGPT.total(["nVariants": 3])
    },
    ErrorScenario(kind: .invalidUsage, templateId: nil, stepNumber: nil, keyPath: "usage.audioDurationSeconds") { () throws(PricingError) in
        _ = try Shapes.audioIsolation.total([:], usage: [.audioDurationSeconds: 0])
    },
    ErrorScenario(kind: .noPriceForValue, templateId: "w", stepNumber: 1, keyPath: "parameters.style") { () throws(PricingError) in
        _ = try errorPricer.cost(of: WorkflowTemplate(
            id: "w", name: "W", userInputFields: [UserInputField(name: "s", type: .text)],
            steps: [WorkflowStep(stepNumber: 1, modelRecordId: "style", inputMappings: ["style": "user.s"])]),
            userInputs: ["s": "sketch"])
    },
    ErrorScenario(kind: .notANumber, templateId: "t", stepNumber: nil, keyPath: "parameters.text") { () throws(PricingError) in
        // A per-character factor on a value that is not text: the rule is reached through a
        // template whose preset is valid for the schema only if the schema says so; build the
        // mismatch directly on the model.
        let model = PricedModel(
            recordId: "chars", name: "Chars", baseTokenCost: 1,
            schema: InputSchema(properties: [SchemaProperty("text", type: .integer)]),
            rule: PricingRule(factors: [.perUnit("text", measure: .characters)]))
        _ = try TemplatePricer(models: HandCatalog([model])).cost(of: ContentTemplate(id: "t", name: "T", modelRecordId: "chars", presetParameters: ["text": 5]))
    },
    ErrorScenario(kind: .arithmeticOverflow, templateId: nil, stepNumber: nil, keyPath: "parameters.n") { () throws(PricingError) in
        _ = try huge.total(["n": 10])
    },
    ErrorScenario(kind: .unresolvedMapping, templateId: "w", stepNumber: 2, keyPath: "inputMappings.image") { () throws(PricingError) in
        _ = try errorPricer.cost(of: WorkflowTemplate(id: "w", name: "W", steps: [
            WorkflowStep(stepNumber: 1, modelRecordId: "gpt", promptTemplate: "A fox", outputKey: "picture"),
            WorkflowStep(stepNumber: 2, modelRecordId: "flat-image", inputMappings: ["image": "step1.image"]),
        ]))
    },
    ErrorScenario(kind: .missingRequiredInput, templateId: "w", stepNumber: nil, keyPath: "userInputs.photo") { () throws(PricingError) in
        _ = try errorPricer.cost(of: WorkflowTemplate(
            id: "w", name: "W",
            userInputFields: [UserInputField(name: "photo", type: .file, required: true), UserInputField(name: "n", type: .select, options: [1, 2])],
            steps: [
                WorkflowStep(stepNumber: 1, modelRecordId: "gpt", promptTemplate: "A fox", inputMappings: ["nVariants": "user.n"]),
                WorkflowStep(stepNumber: 2, modelRecordId: "flat-image", inputMappings: ["image": "user.photo"]),
            ]), userInputs: ["n": 2])
    },
    ErrorScenario(kind: .unknownUserInput, templateId: "t", stepNumber: nil, keyPath: "userInputs.size") { () throws(PricingError) in
        _ = try errorPricer.cost(of: ContentTemplate(id: "t", name: "T", modelRecordId: "gpt", userEditableFields: ["prompt"]), userInputs: ["size": "2:3"])
    },
    ErrorScenario(kind: .invalidUserInput, templateId: "w", stepNumber: nil, keyPath: "userInputs.n") { () throws(PricingError) in
        _ = try errorPricer.cost(of: WorkflowTemplate(
            id: "w", name: "W", userInputFields: [UserInputField(name: "n", type: .select, options: [1, 2])],
            steps: [WorkflowStep(stepNumber: 1, modelRecordId: "gpt", promptTemplate: "A fox", inputMappings: ["nVariants": "user.n"])]), userInputs: ["n": 4])
    },
    ErrorScenario(kind: .invalidTemplate, templateId: "w", stepNumber: nil, keyPath: "steps") { () throws(PricingError) in
        // Issue 10 item 4: a workflow with no steps was priced at 0; `check` rejects it.
        _ = try errorPricer.cost(of: WorkflowTemplate(id: "w", name: "W", steps: []))
    },
    ErrorScenario(kind: .invalidRule, templateId: "w", stepNumber: 1, keyPath: "parameters.seconds") { () throws(PricingError) in
        _ = try errorPricer.cost(of: WorkflowTemplate(id: "w", name: "W", steps: [
            WorkflowStep(stepNumber: 1, modelRecordId: "thirds", parameters: ["seconds": 10]),
        ]))
    },
]

@Suite("Pricing errors")
struct PricingErrorTests {
    @Test("each kind names the template, step and key path concerned", arguments: scenarios)
    func scenario(_ s: ErrorScenario) throws {
        let error = try #require(throws: PricingError.self) { try s.run() }
        #expect(error.kind == s.kind)
        #expect(error.templateId == s.templateId)
        #expect(error.stepNumber == s.stepNumber)
        #expect(error.keyPath == s.keyPath)
        #expect(!error.message.isEmpty)
    }

    @Test("every kind but the price stream's own has a scenario")
    func coverage() {
        let covered = Set(scenarios.map(\.kind))
        // These come from the price stream (a request it cannot read, a line over a limit,
        // a templateId the catalogue lacks): PriceStreamTests covers them.
        #expect(Set(PricingError.Kind.allCases).subtracting(covered) == [.malformedRequest, .limitExceeded, .unknownTemplate])
    }

    @Test("invalidParameter lists every schema problem")
    func allIssues() throws {
        let error = try #require(throws: PricingError.self) { try Hand.chatGPT.total(["nVariants": 3, "size": "4:5", "colour": "red"]) }
        #expect(error.issues.map(\.keyPath) == ["parameters.colour", "parameters.nVariants", "parameters.size"])
        #expect(error.issues.map(\.kind) == [.unknownParameter, .notInEnum, .notInEnum])
        #expect(error.keyPath == "parameters.colour")
    }

    @Test("within(templateId:stepNumber:keyPathPrefix:) keeps what the error knew")
    func within() {
        let base = PricingError(.invalidParameter, message: "m", modelRecordId: "gpt", keyPath: "nVariants",
                                issues: [SchemaIssue(keyPath: "nVariants", kind: .notInEnum, expected: "1, 2, 4", found: "3")])
        let placed = base.within(templateId: "w", stepNumber: 2, keyPathPrefix: "steps[1].parameters")
        #expect(placed.templateId == "w" && placed.stepNumber == 2)
        #expect(placed.keyPath == "steps[1].parameters.nVariants")
        #expect(placed.issues[0].keyPath == "steps[1].parameters.nVariants")
        #expect(placed.within(templateId: "other").templateId == "w")
        #expect(placed.description == "invalidParameter [template w, step 2, model gpt] steps[1].parameters.nVariants: m")
    }

    @Test("errors encode as JSON with their kind and context")
    func encodes() throws {
        let error = PricingError(.unknownUserInput, message: "no", templateId: "t", keyPath: "userInputs.x")
        let json = try #require(String(data: try JSONEncoder().encode(error), encoding: .utf8))
        #expect(json.contains(#""kind":"unknownUserInput""#))
        #expect(json.contains(#""templateId":"t""#))
        #expect(try JSONDecoder().decode(PricingError.self, from: Data(json.utf8)) == error)
    }
}
