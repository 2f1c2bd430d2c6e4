/// Whether a finding asks an admin to do something, or only tells them something.
///
/// The report of the real registry is mostly `unused-model` warnings: true, worth knowing, but
/// nothing is broken. Counting them with the defects made the dashboard alarming and hid the
/// few findings that need a fix, so the site leads with "needs action" and lists the rest
/// under "for information". Every error needs action; a warning does when it points at a
/// defect (a dead table key, a misspelt name, a template calling an inactive model).
public enum IntegrityTriage: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Something to fix: an error, or a warning that signals a defect.
    case needsAction = "needs-action"
    /// A fact about the registry that is often deliberate (an unused model, a shared provider
    /// model id, a legacy record id).
    case forInformation = "for-information"

    /// "Needs action" / "For information".
    public var title: String {
        switch self {
        case .needsAction: return "Needs action"
        case .forInformation: return "For information"
        }
    }

    /// Needs action sorts first.
    public static func < (lhs: IntegrityTriage, rhs: IntegrityTriage) -> Bool {
        lhs == .needsAction && rhs == .forInformation
    }
}

extension IntegrityRule {
    /// Whether this rule's findings need action. Errors always do; among warnings, those that
    /// describe a deliberate or harmless state are for information.
    public var triage: IntegrityTriage {
        switch self {
        case .nonUUIDRecordId, .sharedModelId, .unusedModel:
            return .forInformation
        case .deadTableKey, .pricingWarning, .inactiveModelInTemplate, .priceHistoryUnavailable, .nearDuplicateName:
            return .needsAction
        case .duplicateRecordId, .pricingUnknownParameter, .pricingTableIncomplete, .pricingInvalidFactor, .priceChanged,
             .priceLockInvalid, .duplicateTemplateId, .unknownModel, .unresolvedMapping, .parameterOutsideSchema,
             .editableFieldNotInSchema, .requiredFieldNotProvided, .stepNumbering, .selectWithoutOptions,
             .duplicateUserField, .pagePathCollision, .buildWouldFail, .docProblem, .brokenSiteLink:
            return .needsAction
        }
    }
}

extension IntegrityFinding {
    /// Whether the finding needs action: an error always does; a warning as its rule says,
    /// and a warning of a rule this code does not know does too (better listed than hidden).
    public var triage: IntegrityTriage {
        if severity == .error { return .needsAction }
        return IntegrityRule(rawValue: rule)?.triage ?? .needsAction
    }
}

extension IntegrityReport {
    /// The findings that need action (errors, and warnings that signal a defect).
    public var needingAction: [IntegrityFinding] { findings.filter { $0.triage == .needsAction } }
    /// The findings for information only.
    public var forInformation: [IntegrityFinding] { findings.filter { $0.triage == .forInformation } }
}
