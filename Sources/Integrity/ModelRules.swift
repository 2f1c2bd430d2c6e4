import Foundation
import ModelRegistry
import TokenPricing

extension CheckRun {
    /// The rules about the registry alone: duplicate and non-UUID record ids, shared model
    /// ids, and each pricing rule against its schema.
    mutating func checkModels() {
        let models = registry.models

        // duplicate-record-id: one finding per definition, so every file gets annotated.
        let byRecordId = Dictionary(grouping: models, by: \.recordId)
        var occurrenceInFile: [String: Int] = [:]
        for model in models {
            guard let group = byRecordId[model.recordId], group.count > 1 else { continue }
            let where_ = Set(group.map { $0.sourcePath ?? $0.config.modelName }).sorted().joined(separator: ", ")
            let key = "\(model.sourceFile)\u{0}\(model.recordId)"
            let occurrence = occurrenceInFile[key, default: 0]
            occurrenceInFile[key] = occurrence + 1
            add(.duplicateRecordId,
                "record id '\(model.recordId)' of \(name(model)) is declared by \(group.count) models (\(where_)); record ids must be unique",
                model: model, occurrence: occurrence)
        }

        // non-uuid-record-id
        for model in models where UUID(uuidString: model.recordId) == nil {
            add(.nonUUIDRecordId,
                "record id '\(model.recordId)' of \(name(model)) is not a UUID; it is kept as the platform has it, but new models must use a UUID",
                model: model)
        }

        // shared-model-id: one finding per modelId, on its first entry in registry order.
        var seenModelIds = Set<String>()
        for model in models where seenModelIds.insert(model.config.modelId).inserted {
            guard case .ambiguous(let sharing) = registry.models(modelId: model.config.modelId) else { continue }
            let list = sharing.map { m in
                // The unique name often says the content type already.
                let type = m.config.contentType.displayName.lowercased()
                return "\(m.recordId) (\(name(m).contains(type) ? name(m) : "\(name(m)), \(type)"))"
            }.joined(separator: ", ")
            add(.sharedModelId,
                "provider model id '\(model.config.modelId)' is shared by \(sharing.count) entries: \(list); look these models up by record id",
                model: model)
        }

        // Pricing rule against schema.
        for model in models {
            for issue in model.pricing.issues(against: model.inputSchema) {
                let rule = Self.rule(for: issue, schema: model.inputSchema)
                let key = rule == .deadTableKey ? Self.deadKey(in: issue.message) : nil
                let position = self.models.pricingPosition(of: model, parameter: issue.parameter, tableKey: key)
                add(rule, "pricing of \(name(model)) (\(model.recordId)): \(issue.message)", model: model, at: position)
            }
        }
    }

    /// The model's unique display name (`ModelRegistry.displayNames`), so that a message names
    /// the one model it is about even when others share its name.
    func name(_ model: ModelDefinition) -> String {
        registry.displayName(recordId: model.recordId) ?? model.config.displayName
    }

    /// The code of a pricing rule issue.
    static func rule(for issue: RuleIssue, schema: InputSchema) -> IntegrityRule {
        switch issue.severity {
        case .error:
            if schema[issue.parameter] == nil { return .pricingUnknownParameter }
            if issue.message.contains("states no otherwise") { return .pricingTableIncomplete }
            return .pricingInvalidFactor
        case .warning:
            return issue.message.contains("dead entry") ? .deadTableKey : .pricingWarning
        }
    }

    /// The key of a dead-entry message: `… key '3' is not one of the enum values (dead entry)`.
    static func deadKey(in message: String) -> String? {
        guard let start = message.range(of: "key '"), let end = message.range(of: "' is not", range: start.upperBound..<message.endIndex)
        else { return nil }
        return String(message[start.upperBound..<end.lowerBound])
    }

    /// unused-model: the models no content template and no workflow step names.
    mutating func checkUsage() {
        var used = Set(catalog.contentTemplates.map(\.modelRecordId))
        for workflow in catalog.workflowTemplates { for step in workflow.steps { used.insert(step.modelRecordId) } }
        var reported = Set<String>()
        for model in registry.models where !used.contains(model.recordId) && reported.insert(model.recordId).inserted {
            add(.unusedModel,
                "no content template or workflow uses \(name(model)) (\(model.recordId))",
                model: model)
        }
    }
}
