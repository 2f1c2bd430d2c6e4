import Testing
import TokenPricing

/// One rule everywhere (issue 10, item 4): what `TemplateRules` (and so `admin-site check`)
/// rejects, the pricer refuses to price.
@Suite("Template rules and the pricer agree")
struct TemplateRulesTests {
    private static let pricer = Parts.pricer

    private static func w(_ fields: [UserInputField], _ steps: [WorkflowStep]) -> WorkflowTemplate {
        WorkflowTemplate(id: "w", name: "w", userInputFields: fields, steps: steps)
    }

    private static func w(_ steps: [WorkflowStep]) -> WorkflowTemplate { w([], steps) }

    private static let flat = WorkflowStep(stepNumber: 1, modelRecordId: "kling")

    static let invalidWorkflows: [(String, WorkflowTemplate, TemplateProblem.Rule)] = [
        ("no steps", w([]), .stepNumbering),
        ("steps numbered 1, 3", w([flat, WorkflowStep(stepNumber: 3, modelRecordId: "kling")]), .stepNumbering),
        ("steps numbered 2, 1", w([WorkflowStep(stepNumber: 2, modelRecordId: "kling"), flat]), .stepNumbering),
        ("a select without options", w([UserInputField(name: "s", type: .select, options: [])], [flat]), .selectWithoutOptions),
        ("a user field declared twice", w([UserInputField(name: "a", type: .text), UserInputField(name: "a", type: .number)], [flat]), .duplicateUserField),
        ("an unresolved prompt placeholder", w([WorkflowStep(stepNumber: 1, modelRecordId: "kling", promptTemplate: "{{user.ghost}}")]), .unresolvedMapping),
        ("a required parameter nobody gives", w([WorkflowStep(stepNumber: 1, modelRecordId: "flat-image")]), .requiredFieldNotProvided),
        ("an unknown model", w([WorkflowStep(stepNumber: 1, modelRecordId: "ghost")]), .unknownModel),
    ]

    @Test("an invalid workflow is reported by the rules and refused by the pricer", arguments: invalidWorkflows)
    func invalidWorkflow(_ what: String, _ workflow: WorkflowTemplate, _ rule: TemplateProblem.Rule) throws {
        let problems = TemplateRules.problems(of: workflow, models: Parts.catalog)
        #expect(problems.contains { $0.rule == rule }, "\(what): \(problems)")
        let error = try #require(throws: PricingError.self, "\(what) was priced") { try Self.pricer.cost(of: workflow) }
        #expect(error.templateId == "w")
        #expect(error.message.contains(problems.first(where: \.rule.isError)!.rule.rawValue))
        #expect(try #require(throws: PricingError.self) { try Self.pricer.prepare(workflow) } == error)
    }

    @Test("a workflow with no steps is never priced at 0, with or without inputs")
    func noStepsIsNoZero() throws {
        let error = try #require(throws: PricingError.self) { try Self.pricer.cost(of: Self.w([]), userInputs: [:]) }
        #expect(error.kind == .invalidTemplate && error.keyPath == "steps" && error.message.contains("has no steps"))
    }

    @Test("an invalid content template is refused", arguments: [
        ContentTemplate(id: "t", name: "T", modelRecordId: "gpt", userEditableFields: ["colour", "prompt"]),
        ContentTemplate(id: "t", name: "T", modelRecordId: "gpt"),  // the required prompt is neither given nor editable
        ContentTemplate(id: "t", name: "T", modelRecordId: "gpt", presetParameters: ["prompt": "x", "size": "9:9"]),
    ])
    func invalidContent(_ t: ContentTemplate) throws {
        let problems = TemplateRules.problems(of: t, models: Parts.catalog)
        #expect(problems.contains { $0.rule.isError })
        #expect(throws: PricingError.self) { try Self.pricer.cost(of: t) }
    }

    @Test("an inactive model is a warning only: the template still prices")
    func inactiveIsAWarning() throws {
        var model = Hand.stringDuration
        model.isActive = false
        let catalog = MirrorCatalog([model])
        let workflow = Self.w([Self.flat])
        #expect(TemplateRules.problems(of: workflow, models: catalog).map(\.rule) == [.inactiveModelInTemplate])
        #expect(try TemplatePricer(models: catalog).cost(of: workflow).atDefaults == 6)
    }

    @Test("prompt placeholders are found in one pass, trimmed, an unclosed one ends the scan", arguments: [
        ("Hi {{ user.a }} and {{step1.image}}!", ["user.a", "step1.image"]),
        ("{{a}}{{b}}", ["a", "b"]),
        ("no placeholders", []),
        ("{{open", []),
        ("{{a}} {{open", ["a"]),
        ("{{}}", [""]),
        ("{{{x}}}", ["{x"]),
    ])
    func placeholders(_ text: String, _ names: [String]) {
        #expect(PromptPlaceholders.names(in: text) == names)
    }

    @Test("200,000 placeholders and a 100,000-option select are checked and priced")
    func largeTemplates() throws {
        let prompt = String(repeating: "{{user.a}} ", count: 200_000)
        let options = (1...100_000).map { ParameterValue.string("o\($0)") }
        let workflow = Self.w(
            [UserInputField(name: "a", type: .text), UserInputField(name: "s", type: .select, options: options)],
            [WorkflowStep(stepNumber: 1, modelRecordId: "kling", promptTemplate: prompt)])
        #expect(TemplateRules.problems(of: workflow, models: Parts.catalog).isEmpty)
        let cost = try Self.pricer.cost(of: workflow, userInputs: ["a": "x", "s": "o99999"])
        #expect(cost.total == 6)
    }
}
