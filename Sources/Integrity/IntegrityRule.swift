/// The stable codes of the integrity rules (`IntegrityFinding.rule`), with their severity and
/// a one-line summary for docs and the site.
///
/// The codes are part of the interface: CI logs, the site and tests refer to them. Add new
/// codes; do not rename old ones.
public enum IntegrityRule: String, Sendable, Hashable, CaseIterable, Codable {
    // MARK: Errors about the registry

    /// Two model definitions share a `recordId`.
    case duplicateRecordId = "duplicate-record-id"
    /// A pricing factor (or price table) reads a parameter the model's schema lacks.
    case pricingUnknownParameter = "pricing-unknown-parameter"
    /// A multiplier or price table misses one of the parameter's enum values and states no
    /// "otherwise" factor (or the parameter has no enum and the table no "otherwise").
    case pricingTableIncomplete = "pricing-table-incomplete"
    /// Any other pricing rule error from `PricingRule.issues(against:)`: a per-unit factor on
    /// a non-numeric parameter, a per-character factor on a non-text one, a unit size that
    /// cannot divide exactly.
    case pricingInvalidFactor = "pricing-invalid-factor"
    /// A model's prices (or what they are computed from) differ from the price lockfile, or a
    /// model is added or removed without the lockfile following: run `admin-site lock`.
    case priceChanged = "price-changed"
    /// The price lockfile is missing or cannot be read.
    case priceLockInvalid = "price-lock-invalid"

    // MARK: Errors about the catalogue

    /// Two templates (content or workflow) share an id.
    case duplicateTemplateId = "duplicate-template-id"
    /// A content template or a workflow step names a model that is not in the registry.
    case unknownModel = "unknown-model"
    /// A step's input mapping or prompt placeholder is malformed, or names an unknown user
    /// field, the same step, a later step, an unknown step, or an output key the step lacks.
    case unresolvedMapping = "unresolved-mapping"
    /// A template or step parameter is not in the model's schema, or its value is outside it
    /// (type, enum, range, length); also a mapping target the schema lacks, and a `select`
    /// option mapped onto a parameter that does not accept it.
    case parameterOutsideSchema = "parameter-outside-schema"
    /// A content template lists a user-editable field that is not in the model's schema.
    case editableFieldNotInSchema = "editable-field-not-in-schema"
    /// A required schema field is neither user-editable nor given (content template), or
    /// neither set nor mapped (workflow step; the prompt counts as given by `promptTemplate`).
    case requiredFieldNotProvided = "required-field-not-provided"
    /// A workflow's steps are not numbered 1, 2, …, n in order (or it has no steps).
    case stepNumbering = "step-numbering"
    /// A workflow's `select` user field has no options.
    case selectWithoutOptions = "select-without-options"
    /// A workflow declares two user fields with the same name.
    case duplicateUserField = "duplicate-user-field"

    // MARK: Errors about the site

    /// Two different ids (models, templates of either kind, providers, content types, or a
    /// doc and a file beside it) would be written to the same page of the site, e.g. a UUID
    /// in upper and lower case. The build refuses them, so the check does too.
    case pagePathCollision = "page-path-collision"
    /// The site generator would refuse the inputs for another reason the rules above do not
    /// name (a page template that fails its lint, an invalid site configuration): `check`
    /// asks the generator, so a build cannot fail on inputs the check passed.
    case buildWouldFail = "build-would-fail"

    // MARK: Warnings

    /// A `recordId` that is not a UUID (kept, as the platform has them, but reported).
    case nonUUIDRecordId = "non-uuid-record-id"
    /// Several entries share one provider `modelId` (one finding per modelId).
    case sharedModelId = "shared-model-id"
    /// A table key that is not one of the parameter's enum values: the entry never applies.
    case deadTableKey = "dead-table-key"
    /// Any other pricing rule warning from `PricingRule.issues(against:)`.
    case pricingWarning = "pricing-warning"
    /// A template or workflow step uses a model that is not active.
    case inactiveModelInTemplate = "inactive-model-in-template"
    /// No content template or workflow step uses the model.
    case unusedModel = "unused-model"
    /// The price history cannot be read from git (no git, not a repository, a shallow clone,
    /// or no commit has the lockfile).
    case priceHistoryUnavailable = "price-history-unavailable"
    /// Two model names, or two family names, differ only in case or punctuation ("FLUX.1
    /// Schnell" and "Flux.1 Schnell", "KIE AI" and "Kie Ai"): one is likely a misspelling,
    /// and an admin cannot tell the two apart at a glance.
    case nearDuplicateName = "near-duplicate-name"

    // MARK: Added by callers

    /// A problem `MarkdownDocs` found in a doc (broken link or anchor, pipe table, empty doc…).
    case docProblem = "doc-problem"
    /// A link of the built site that leads nowhere.
    case brokenSiteLink = "broken-site-link"

    /// The severity findings of this rule have. Doc problems carry their own severity.
    public var severity: IntegrityFinding.Severity {
        switch self {
        case .duplicateRecordId, .pricingUnknownParameter, .pricingTableIncomplete, .pricingInvalidFactor, .priceChanged, .priceLockInvalid,
             .duplicateTemplateId, .unknownModel, .unresolvedMapping, .parameterOutsideSchema,
             .editableFieldNotInSchema, .requiredFieldNotProvided, .stepNumbering, .selectWithoutOptions,
             .duplicateUserField, .pagePathCollision, .buildWouldFail, .brokenSiteLink, .docProblem:
            return .error
        case .nonUUIDRecordId, .sharedModelId, .deadTableKey, .pricingWarning, .inactiveModelInTemplate, .unusedModel,
             .priceHistoryUnavailable, .nearDuplicateName:
            return .warning
        }
    }

    /// The rule in words, for docs and the site.
    public var summary: String {
        switch self {
        case .duplicateRecordId: return "Two models share a record id."
        case .pricingUnknownParameter: return "A pricing factor reads a parameter the schema lacks."
        case .pricingTableIncomplete: return "A pricing table misses an enum value and states no otherwise factor."
        case .pricingInvalidFactor: return "A pricing factor cannot apply to its parameter."
        case .priceChanged: return "A model's prices differ from the price lockfile."
        case .priceLockInvalid: return "The price lockfile is missing or cannot be read."
        case .priceHistoryUnavailable: return "The price history cannot be read from git."
        case .duplicateTemplateId: return "Two templates share an id."
        case .unknownModel: return "A template or step names a model that is not in the registry."
        case .unresolvedMapping: return "A mapping names an unknown user field or the same, a later or an unknown step."
        case .parameterOutsideSchema: return "A parameter value is outside the model's schema."
        case .editableFieldNotInSchema: return "A user-editable field is not in the model's schema."
        case .requiredFieldNotProvided: return "A required field is neither editable nor given."
        case .stepNumbering: return "A workflow's steps are not numbered 1 to n."
        case .selectWithoutOptions: return "A select field has no options."
        case .duplicateUserField: return "A workflow declares a user field twice."
        case .pagePathCollision: return "Two different ids would be written to the same page of the site."
        case .buildWouldFail: return "The site generator would refuse these inputs (page templates, configuration)."
        case .nonUUIDRecordId: return "A record id is not a UUID."
        case .sharedModelId: return "Several models share a provider model id."
        case .deadTableKey: return "A pricing table key is not one of the enum values."
        case .pricingWarning: return "A pricing rule holds something suspicious."
        case .inactiveModelInTemplate: return "A template uses an inactive model."
        case .unusedModel: return "No template uses the model."
        case .nearDuplicateName: return "Two model or family names differ only in case or punctuation."
        case .docProblem: return "A doc has a broken link or anchor, a pipe table, or another problem."
        case .brokenSiteLink: return "A page of the built site links to nothing."
        }
    }
}
