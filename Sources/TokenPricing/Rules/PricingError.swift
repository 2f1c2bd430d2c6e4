/// Why a price could not be computed. Pricing never answers 0 for something it does not
/// know: it throws one of these, naming the model, template, step and key concerned.
public struct PricingError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The distinct kinds of failure.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// No model has the given record id.
        case unknownModel
        /// A parameter is not in the model's schema, or its value breaks the schema.
        case invalidParameter
        /// A pricing table has no entry for the value and states no "otherwise".
        case noPriceForValue
        /// A per-unit or surcharge factor met a value that is not a number.
        case notANumber
        /// The result does not fit exactly (more than 30 decimals or 38 digits).
        case arithmeticOverflow
        /// No template has the given id.
        case unknownTemplate
        /// An input mapping names a user field or step output that does not exist (or a later step).
        case unresolvedMapping
        /// A required user input is missing.
        case missingRequiredInput
        /// A user input names no field of the template.
        case unknownUserInput
        /// A user input's value does not fit its field (e.g. not one of a select's options).
        case invalidUserInput
        /// The pricing rule itself is inconsistent (e.g. a unit size of 0).
        case invalidRule
        /// A request could not be read (price command only).
        case malformedRequest
        /// The template or workflow breaks a catalogue rule that `admin-site check` rejects
        /// (no steps, misnumbered steps, a select without options, a user field declared
        /// twice, a required model parameter neither given nor editable); the message names
        /// the rule. Such a template is never priced.
        case invalidTemplate
        /// A usage quantity (`usage.audioDurationSeconds`) is one the model does not price on,
        /// or is not above 0.
        case invalidUsage
        /// A request exceeds a documented limit of the price stream (line length, nesting);
        /// the message names the limit.
        case limitExceeded
    }

    /// The kind of failure.
    public var kind: Kind
    /// The model concerned, when there is one.
    public var modelRecordId: String?
    /// The template concerned, when there is one.
    public var templateId: String?
    /// The workflow step concerned (its `stepNumber`), when there is one.
    public var stepNumber: Int?
    /// Where the offending value sits, e.g. `parameters.duration` or `userInputs.style`.
    public var keyPath: String?
    /// The schema problems behind an `invalidParameter`, every one of them.
    public var issues: [SchemaIssue]
    /// A sentence a person can act on.
    public var message: String

    /// Creates an error.
    public init(
        _ kind: Kind, message: String, modelRecordId: String? = nil, templateId: String? = nil,
        stepNumber: Int? = nil, keyPath: String? = nil, issues: [SchemaIssue] = []
    ) {
        self.kind = kind
        self.message = message
        self.modelRecordId = modelRecordId
        self.templateId = templateId
        self.stepNumber = stepNumber
        self.keyPath = keyPath
        self.issues = issues
    }

    /// The same error placed inside a template (and step), keeping what it already knew.
    public func within(templateId: String, stepNumber: Int? = nil, keyPathPrefix: String? = nil) -> PricingError {
        var copy = self
        copy.templateId = copy.templateId ?? templateId
        copy.stepNumber = copy.stepNumber ?? stepNumber
        if let prefix = keyPathPrefix {
            copy.keyPath = copy.keyPath.map { "\(prefix).\($0)" } ?? prefix
            copy.issues = copy.issues.map { var i = $0; i.keyPath = "\(prefix).\(i.keyPath)"; return i }
        }
        return copy
    }

    /// `invalidParameter [template t, step 2, model m] parameters.size: …`.
    public var description: String {
        var where_: [String] = []
        if let templateId { where_.append("template \(templateId)") }
        if let stepNumber { where_.append("step \(stepNumber)") }
        if let modelRecordId { where_.append("model \(modelRecordId)") }
        let context = where_.isEmpty ? "" : " [" + where_.joined(separator: ", ") + "]"
        let path = keyPath.map { " \($0):" } ?? ""
        return "\(kind.rawValue)\(context)\(path) \(message)"
    }
}
