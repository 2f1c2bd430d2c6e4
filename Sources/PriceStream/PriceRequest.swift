import TokenPricing

/// One request of the NDJSON price protocol (`admin-site price`), in one of four forms:
/// a model call, a catalogue template by id, an inline content template, or an inline
/// workflow.
public enum PriceRequest: Sendable, Hashable {
    /// `{"modelRecordId": "...", "parameters": {...}, "usage": {"audioDurationSeconds": 42}}`.
    case model(recordId: String, parameters: [String: ParameterValue], usage: [UsageQuantity: ExactDecimal] = [:])
    /// `{"templateId": "...", "userInputs": {...}}`: a content or workflow template of the catalogue.
    case catalogTemplate(id: String, userInputs: [String: ParameterValue])
    /// `{"contentTemplate": {...}, "userInputs": {...}}`.
    case contentTemplate(ContentTemplate, userInputs: [String: ParameterValue])
    /// `{"workflowTemplate": {...}, "userInputs": {...}}`.
    case workflowTemplate(WorkflowTemplate, userInputs: [String: ParameterValue])

    /// The request a parsed JSON line holds.
    ///
    /// Exactly one of `modelRecordId`, `templateId`, `contentTemplate`, `workflowTemplate`;
    /// besides it only `parameters` and `usage` (model calls) or `userInputs` (templates).
    /// `usage` holds measured quantities by the platform's names (`audioDurationSeconds`,
    /// `audioDurationMinutes`, `videoDuration`), each a number. Any other key
    /// is an error, not ignored: a misspelt `parameter` would otherwise price the defaults
    /// and answer a wrong price without a word. `null` for `parameters` or `userInputs`
    /// means none.
    /// - Throws: `malformedRequest` with the key path concerned.
    public init(parsing value: ParameterValue) throws(PricingError) {
        guard case .object(let members) = value else {
            throw PricingError(.malformedRequest, message: "a request is a JSON object, found \(value.typeName)")
        }
        func malformed(_ keyPath: String, _ message: String) -> PricingError {
            PricingError(.malformedRequest, message: "\(keyPath): \(message)", keyPath: keyPath)
        }
        let formKeys = ["modelRecordId", "templateId", "contentTemplate", "workflowTemplate"]
        let forms = formKeys.filter { members[$0] != nil }
        guard forms.count == 1, let form = forms.first else {
            throw PricingError(
                .malformedRequest,
                message: forms.isEmpty
                    ? "expected one of the keys modelRecordId, templateId, contentTemplate, workflowTemplate"
                    : "expected only one of the keys \(forms.joined(separator: ", "))")
        }
        let inputsKey = form == "modelRecordId" ? "parameters" : "userInputs"
        let allowed = form == "modelRecordId" ? [form, inputsKey, "usage"] : [form, inputsKey]
        for key in members.keys.sorted() where !allowed.contains(key) {
            throw malformed(key, "unknown key; a \(form) request has only \(allowed.map { "'\($0)'" }.joined(separator: ", "))")
        }
        var usage: [UsageQuantity: ExactDecimal] = [:]
        switch members["usage"] {
        case nil, .null?: break
        case .object(let o)?:
            for (name, value) in o.sorted(by: { $0.key < $1.key }) {
                guard let quantity = UsageQuantity(rawValue: name) else {
                    throw malformed("usage.\(name)", "unknown usage quantity; expected one of \(UsageQuantity.known.map(\.rawValue).joined(separator: ", "))")
                }
                guard case .number(let n) = value else {
                    throw malformed("usage.\(name)", "expected a number of \(quantity.unit)s, found \(value.typeName)")
                }
                usage[quantity] = n
            }
        case let other?: throw malformed("usage", "expected an object, found \(other.typeName)")
        }
        var inputs: [String: ParameterValue] = [:]
        switch members[inputsKey] {
        case nil, .null?: break
        case .object(let o)?: inputs = o
        case let other?: throw malformed(inputsKey, "expected an object, found \(other.typeName)")
        }
        let formValue = members[form]!
        switch form {
        case "modelRecordId", "templateId":
            guard case .string(let id) = formValue else { throw malformed(form, "expected a string, found \(formValue.typeName)") }
            self = form == "modelRecordId" ? .model(recordId: id, parameters: inputs, usage: usage) : .catalogTemplate(id: id, userInputs: inputs)
        case "contentTemplate":
            self = .contentTemplate(try Self.decode(ContentTemplate.self, formValue, form), userInputs: inputs)
        default:
            self = .workflowTemplate(try Self.decode(WorkflowTemplate.self, formValue, form), userInputs: inputs)
        }
    }

    /// An inline template through `ParameterValueDecoder`, its errors as key paths.
    private static func decode<T: Decodable>(_ type: T.Type, _ value: ParameterValue, _ key: String) throws(PricingError) -> T {
        do {
            return try ParameterValueDecoder.decode(type, from: value)
        } catch let error as DecodingError {
            let (path, message) = DecodingErrorText.describe(error)
            let keyPath = path.isEmpty ? key : (path.hasPrefix("[") ? key + path : key + "." + path)
            throw PricingError(.malformedRequest, message: "\(keyPath): \(message)", keyPath: keyPath)
        } catch {
            throw PricingError(.malformedRequest, message: "\(key): \(error)", keyPath: key)
        }
    }
}

/// A `DecodingError` as a key path and a sentence.
enum DecodingErrorText {
    static func describe(_ error: DecodingError) -> (keyPath: String, message: String) {
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let i = key.intValue { text += "[\(i)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
            }
            return text
        }
        switch error {
        case .dataCorrupted(let ctx):
            return (path(ctx.codingPath), ctx.debugDescription)
        case .keyNotFound(let key, let ctx):
            return (path(ctx.codingPath + [key]), "missing required key")
        case .typeMismatch(let type, let ctx):
            return (path(ctx.codingPath), "expected \(type), \(ctx.debugDescription)")
        case .valueNotFound(let type, let ctx):
            return (path(ctx.codingPath), "expected \(type), found null")
        @unknown default:
            return ("", "\(error)")
        }
    }
}
