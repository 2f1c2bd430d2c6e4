import TokenPricing

/// `api/templates.json`: the template catalogue as read, plus each template's page and cost
/// (at defaults, min, max, per step) or the reason it could not be priced.
///
/// The shape is these types (properties declared sorted, as they are written); version 1:
/// fields are only ever added. Money is a decimal string.
struct APITemplatesDocument: Codable {
    var contentTemplates: LazyJSONArray<APIContentTemplate>
    var version = 1
    var workflowTemplates: LazyJSONArray<APIWorkflowTemplate>

    init(_ data: SiteData) {
        let contents = data.templates.filter { $0.kind == .content }
        let workflows = data.templates.filter { $0.kind == .workflow }
        contentTemplates = LazyJSONArray(count: contents.count) { APIContentTemplate(contents[$0]) }
        workflowTemplates = LazyJSONArray(count: workflows.count) { APIWorkflowTemplate(workflows[$0]) }
    }

    /// The file's bytes (compact).
    static func bytes(_ data: SiteData) throws -> [UInt8] {
        try ExactJSONEncoder(compact: true).encode(APITemplatesDocument(data), capacity: 64 + data.templates.count * 1100)
    }
}

/// A content template.
struct APIContentTemplate: Codable {
    var category: String?
    var cost: APITemplateCost?
    /// Why `cost` is `null`.
    var costError: String?
    var description: String?
    var displayOrder: Int?
    var estimatedTimeSeconds: Int?
    var hiddenFieldDefaults: JSONParameters
    var id: String
    var isActive: Bool
    var modelRecordId: String
    var name: String
    var page: String
    var presetParameters: JSONParameters
    var userEditableFields: [String]

    init(_ t: TemplateEntry) {
        let c = t.content!
        category = c.category
        cost = t.cost.map(APITemplateCost.init)
        costError = t.costError
        description = c.description
        displayOrder = c.displayOrder
        estimatedTimeSeconds = c.estimatedTimeSeconds
        hiddenFieldDefaults = JSONParameters(c.hiddenFieldDefaults)
        id = c.id
        isActive = c.isActive
        modelRecordId = c.modelRecordId
        name = c.name
        page = t.path
        presetParameters = JSONParameters(c.presetParameters)
        userEditableFields = c.userEditableFields
    }
}

/// A workflow.
struct APIWorkflowTemplate: Codable {
    var category: String?
    var cost: APITemplateCost?
    /// Why `cost` is `null`.
    var costError: String?
    /// The step numbers whose output the user receives: every output no later step reads
    /// (`WorkflowTemplate.deliverableSteps`).
    var deliverableSteps: [Int]
    var description: String?
    var displayOrder: Int?
    var estimatedTimeSeconds: Int?
    var id: String
    var isActive: Bool
    var name: String
    var page: String
    var steps: [APIWorkflowStep]
    var userInputFields: [APIUserInputField]

    init(_ t: TemplateEntry) {
        let w = t.workflow!
        category = w.category
        cost = t.cost.map(APITemplateCost.init)
        costError = t.costError
        description = w.description
        displayOrder = w.displayOrder
        estimatedTimeSeconds = w.estimatedTimeSeconds
        id = w.id
        isActive = w.isActive
        name = w.name
        page = t.path
        steps = w.steps.map(APIWorkflowStep.init)
        deliverableSteps = w.deliverableSteps.map(\.stepNumber)
        userInputFields = w.userInputFields.map(APIUserInputField.init)
    }
}

/// A workflow step as the catalogue gives it.
struct APIWorkflowStep: Codable {
    var inputMappings: SortedKeys<String>
    var modelRecordId: String
    var outputKey: String?
    var parameters: JSONParameters
    var promptTemplate: String?
    var stepName: String?
    var stepNumber: Int

    init(_ s: WorkflowStep) {
        inputMappings = SortedKeys(s.inputMappings)
        modelRecordId = s.modelRecordId
        outputKey = s.outputKey
        parameters = JSONParameters(s.parameters)
        promptTemplate = s.promptTemplate
        stepName = s.stepName
        stepNumber = s.stepNumber
    }
}

/// A field the user fills in when running a workflow.
struct APIUserInputField: Codable {
    var `default`: JSONParameter?
    var label: String?
    var maxFiles: Int?
    var name: String
    var options: [JSONParameter]?
    var required: Bool
    var type: String

    init(_ f: UserInputField) {
        `default` = f.defaultValue.map(JSONParameter.init)
        label = f.label
        maxFiles = f.maxFiles
        name = f.name
        options = f.options?.map(JSONParameter.init)
        required = f.required
        type = f.type.rawValue
    }
}

/// A template's cost: at defaults, the range, and each step's share.
struct APITemplateCost: Codable {
    var atDefaults: ExactDecimal
    var max: ExactDecimal
    var min: ExactDecimal
    var steps: [APIStepCost]

    init(_ c: TemplateCost) {
        atDefaults = c.atDefaults
        max = c.max
        min = c.min
        steps = c.steps.map(APIStepCost.init)
    }
}

/// One step's cost.
struct APIStepCost: Codable {
    var max: ExactDecimal
    var min: ExactDecimal
    var modelRecordId: String
    var stepNumber: Int
    var subtotal: ExactDecimal

    init(_ s: StepCost) {
        max = s.max
        min = s.min
        modelRecordId = s.modelRecordId
        stepNumber = s.stepNumber
        subtotal = s.subtotal
    }
}
