import ModelRegistry
import Testing
import TokenPricing

/// Validation against a real model's schema returns every problem with its key path, and
/// pricing refuses bad parameters instead of answering 0.
@Suite("Validation against real schemas")
struct ValidationTests {
    /// Ideogram Image Remix: a bounded number, a long text, enums, and two required fields.
    static let remixId = "922ca567-5aa1-4fd3-86ba-587b723a5dbf"
    static let longText = String(repeating: "x", count: 5001)

    static let badCall: [String: ParameterValue] = [
        "negative_prompt": .string(longText),  // longer than 5000 characters
        "rendering_speed": "FAST",         // not in the enum
        "seed": "abc",                     // not an integer
        "sharpness": 3,                    // not a parameter of the model
        "strength": 2,                     // above maximum 1
        // prompt and image_url (required) missing
    ]

    static let valueIssues: [SchemaIssue] = [
        SchemaIssue(keyPath: "parameters.negative_prompt", kind: .tooLong, expected: "at most 5000 characters", found: "5001 characters"),
        SchemaIssue(keyPath: "parameters.rendering_speed", kind: .notInEnum, expected: #"one of "TURBO", "BALANCED", "QUALITY""#, found: #""FAST""#),
        SchemaIssue(keyPath: "parameters.seed", kind: .wrongType, expected: "integer", found: #""abc""#),
        SchemaIssue(
            keyPath: "parameters.sharpness", kind: .unknownParameter,
            expected: "one of the schema's parameters (expand_prompt, image_size, image_url, negative_prompt, num_images, prompt, rendering_speed, seed, strength, style)",
            found: "'sharpness'"),
        SchemaIssue(keyPath: "parameters.strength", kind: .aboveMaximum, expected: "at most 1", found: "2"),
    ]

    static let missingIssues: [SchemaIssue] = [
        SchemaIssue(keyPath: "parameters.prompt", kind: .missingRequired, expected: "a value (required)", found: "nothing"),
        SchemaIssue(keyPath: "parameters.image_url", kind: .missingRequired, expected: "a value (required)", found: "nothing"),
    ]

    func remix() throws -> ModelDefinition {
        let model = try #require(ModelRegistry.standard.model(recordId: Self.remixId))
        #expect(model.config.modelName == "Ideogram Image Remix")
        return model
    }

    @Test("a bad call returns every problem, each with its key path")
    func everyProblem() throws {
        let issues = try remix().inputSchema.validate(Self.badCall)
        #expect(issues == Self.valueIssues + Self.missingIssues)
    }

    @Test("below the minimum, and a number where text is expected")
    func belowMinimumAndWrongType() throws {
        let issues = try remix().inputSchema.validate(
            ["strength": 0, "num_images": 2, "prompt": "a cat", "image_url": "https://example.com/a.png"])
        #expect(issues == [
            SchemaIssue(keyPath: "parameters.num_images", kind: .wrongType, expected: "string", found: "2"),
            SchemaIssue(keyPath: "parameters.strength", kind: .belowMinimum, expected: "at least 0.01", found: "0"),
        ])
    }

    @Test("a non-integral number for an integer and an array item of the wrong type")
    func decimalsAndItems() throws {
        let character = try #require(ModelRegistry.standard.model(recordId: "4a421ed9-ed0c-40bf-b06d-892871506124"))
        #expect(character.config.modelName == "Ideogram Character")
        let issues = character.inputSchema.validate(
            ["seed": .number("2.5"), "reference_image_urls": ["https://example.com/a.png", 7]], requireAll: false)
        #expect(issues == [
            SchemaIssue(keyPath: "parameters.reference_image_urls[1]", kind: .wrongType, expected: "string", found: "7"),
            SchemaIssue(keyPath: "parameters.seed", kind: .wrongType, expected: "integer", found: "2.5"),
        ])
    }

    @Test("key paths take the caller's prefix")
    func keyPathPrefix() throws {
        let issues = try remix().inputSchema.validate(["seed": "abc"], keyPathPrefix: "steps[1].parameters", requireAll: false)
        #expect(issues == [SchemaIssue(keyPath: "steps[1].parameters.seed", kind: .wrongType, expected: "integer", found: #""abc""#)])
    }

    @Test("a valid call has no problems")
    func validCall() throws {
        let model = try remix()
        var call = model.inputSchema.defaults
        call["prompt"] = "a cat in a hat"
        call["image_url"] = "https://example.com/cat.png"
        call["strength"] = 1
        #expect(model.inputSchema.validate(call).isEmpty)
    }

    @Test("pricing a bad call throws invalidParameter naming the model and listing every issue")
    func pricingRefusesBadCalls() throws {
        let error = #expect(throws: PricingError.self) {
            try ModelRegistry.standard.quote(recordId: Self.remixId, parameters: Self.badCall)
        }
        #expect(error?.kind == .invalidParameter)
        #expect(error?.modelRecordId == Self.remixId)
        // An estimate does not need the prompt: missing required fields are not pricing errors.
        #expect(error?.issues == Self.valueIssues)
        #expect(error?.keyPath == "parameters.negative_prompt")
        #expect(error?.message == Self.valueIssues.map(\.description).joined(separator: "; "))
        #expect(error?.description.contains(Self.remixId) == true)

        let fast = #expect(throws: PricingError.self) { try remix().priced.total(Self.badCall) }
        #expect(fast == error)
    }

    @Test("missing required fields do not stop an estimate")
    func estimateWithoutPrompt() throws {
        #expect(try remix().priced.total([:]) == "1.75")
        #expect(try remix().priced.total(["rendering_speed": "QUALITY", "num_images": "2"]) == "10.5")
    }

    @Test("an unknown parameter is an error for every model, never a price of 0", arguments: Models.all)
    func unknownParameterThrows(model: ModelDefinition) {
        let error = #expect(throws: PricingError.self) { try model.priced.total(["no_such_parameter": 1]) }
        #expect(error?.kind == .invalidParameter)
        #expect(error?.modelRecordId == model.recordId)
        #expect(error?.issues.map(\.kind) == [.unknownParameter])
    }

    @Test("a priced parameter of the wrong type is an error for every model", arguments: Models.all.filter { !$0.pricing.factors.isEmpty })
    func wrongTypeOnPricedParameterThrows(model: ModelDefinition) throws {
        for parameter in model.pricing.pricedParameters {
            let property = try #require(model.inputSchema[parameter])
            let wrong: ParameterValue = property.type == .boolean ? "yes" : .bool(true)
            let error = #expect(throws: PricingError.self) { try model.priced.total([parameter: wrong]) }
            #expect(error?.kind == .invalidParameter)
            #expect(error?.issues == [
                SchemaIssue(keyPath: "parameters.\(parameter)", kind: .wrongType, expected: property.type.rawValue, found: wrong.displayText)
            ])
        }
    }
}
