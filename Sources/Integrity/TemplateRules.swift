import Foundation
import ModelRegistry
import TokenPricing

extension CheckRun {
    /// The rules about the catalogue. Duplicate ids are a rule of the whole catalogue and
    /// live here; everything about one template is `TokenPricing.TemplateRules`, the same
    /// rules the pricer enforces, so `check` and `price` cannot disagree on what is valid.
    mutating func checkTemplates() {
        var seen: [String: (count: Int, first: String)] = [:]
        func ref(_ kind: TemplateRef.Kind, _ index: Int, _ id: String) -> TemplateRef {
            let occurrence = seen[id]?.count ?? 0
            let label = (kind == .content ? "content template" : "workflow")
            seen[id] = (occurrence + 1, seen[id]?.first ?? label)
            return TemplateRef(kind: kind, index: index, id: id, occurrence: occurrence)
        }
        for (i, template) in catalog.contentTemplates.enumerated() {
            let r = ref(.content, i, template.id)
            if r.occurrence > 0 { duplicateId(r, firstKind: seen[template.id]!.first) }
            report(TemplateRules.problems(of: template, models: registry), r)
        }
        for (i, workflow) in catalog.workflowTemplates.enumerated() {
            let r = ref(.workflow, i, workflow.id)
            if r.occurrence > 0 { duplicateId(r, firstKind: seen[workflow.id]!.first) }
            report(TemplateRules.problems(of: workflow, models: registry), r)
        }
    }

    private mutating func duplicateId(_ r: TemplateRef, firstKind: String) {
        add(.duplicateTemplateId,
            "\(r.label): the id '\(r.id)' is already used by an earlier \(firstKind); template ids must be unique",
            template: r, keyPath: "id")
    }

    /// Each problem as a finding of the integrity rule with the same code.
    private mutating func report(_ problems: [TemplateProblem], _ r: TemplateRef) {
        for p in problems {
            guard let rule = IntegrityRule(rawValue: p.rule.rawValue) else {
                preconditionFailure("TemplateProblem.Rule \(p.rule.rawValue) has no IntegrityRule of the same code")
            }
            add(rule, p.message, template: r, keyPath: p.keyPath)
        }
    }
}
