/// One request of the NDJSON price protocol (`admin-site price`), in one of four forms:
/// a model call, a catalogue template by id, an inline content template, or an inline
/// workflow.
public enum PriceRequest: Sendable, Hashable {
    /// `{"modelRecordId": "...", "parameters": {...}}`.
    case model(recordId: String, parameters: [String: ParameterValue])
    /// `{"templateId": "...", "userInputs": {...}}`: a content or workflow template of the catalogue.
    case catalogTemplate(id: String, userInputs: [String: ParameterValue])
    /// `{"contentTemplate": {...}, "userInputs": {...}}`.
    case contentTemplate(ContentTemplate, userInputs: [String: ParameterValue])
    /// `{"workflowTemplate": {...}, "userInputs": {...}}`.
    case workflowTemplate(WorkflowTemplate, userInputs: [String: ParameterValue])
}

extension PriceRequest: Decodable {
    enum CodingKeys: String, CodingKey {
        case modelRecordId, parameters, templateId, userInputs, contentTemplate, workflowTemplate
    }

    /// Decodes whichever form the object has; an object with none or several of the
    /// identifying keys is an error that says which keys are expected.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let forms = [CodingKeys.modelRecordId, .templateId, .contentTemplate, .workflowTemplate].filter { c.contains($0) }
        guard forms.count == 1, let form = forms.first else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: forms.isEmpty
                    ? "expected one of the keys modelRecordId, templateId, contentTemplate, workflowTemplate"
                    : "expected only one of the keys \(forms.map(\.stringValue).joined(separator: ", "))"))
        }
        let inputs = try c.decodeIfPresent([String: ParameterValue].self, forKey: .userInputs) ?? [:]
        switch form {
        case .modelRecordId:
            self = .model(
                recordId: try c.decode(String.self, forKey: .modelRecordId),
                parameters: try c.decodeIfPresent([String: ParameterValue].self, forKey: .parameters) ?? [:])
        case .templateId:
            self = .catalogTemplate(id: try c.decode(String.self, forKey: .templateId), userInputs: inputs)
        case .contentTemplate:
            self = .contentTemplate(try c.decode(ContentTemplate.self, forKey: .contentTemplate), userInputs: inputs)
        default:
            self = .workflowTemplate(try c.decode(WorkflowTemplate.self, forKey: .workflowTemplate), userInputs: inputs)
        }
    }
}
