import Foundation
import ModelRegistry
import TokenPricing

/// Writes the Hugo counterpart of the admin site for the same registry and catalogue: one
/// content file per page, the data in JSON front matter, rendered by the layouts in
/// `Tools/hugo-bench/layouts` into the same table layout (a model page with its config table,
/// schema table, pricing in words and a price matrix; one page per template and workflow;
/// the catalogue, provider, content-type and template list pages; the dashboard, integrity
/// and API pages; the docs as Markdown).
///
/// The data is precomputed here (Hugo cannot price), so Hugo is timed on what a static site
/// generator does: read content, run templates, write files. Not timed itself.
struct HugoSite {
    let registry: ModelRegistry
    let catalog: TemplateCatalog
    /// Markdown docs copied as content (the repository's `Docs/`), if any.
    let docsDirectory: URL?

    /// Writes `content/` under `siteDirectory` (which must already hold `config.toml` and
    /// `layouts/`, copied from `Tools/hugo-bench`). Returns the number of HTML pages Hugo
    /// should render.
    func write(into siteDirectory: URL) throws -> Int {
        let content = siteDirectory.appendingPathComponent("content")
        try? FileManager.default.removeItem(at: content)
        var pages = 0
        func put(_ relative: String, _ frontMatter: [String: Any], body: String = "") throws {
            let url = content.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let json = try JSONSerialization.data(withJSONObject: frontMatter, options: [.sortedKeys])
            var data = json
            data.append(contentsOf: Array("\n\n\(body)".utf8))
            let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
            _ = data.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, data.count) }
            close(fd)
            pages += 1
        }

        // Which templates use which model.
        var users: [String: [[String: Any]]] = [:]
        for t in catalog.contentTemplates {
            users[t.modelRecordId, default: []].append(["name": t.name, "slug": Self.slug(t.id), "kind": "content template"])
        }
        for w in catalog.workflowTemplates {
            for s in w.steps { users[s.modelRecordId, default: []].append(["name": w.name, "slug": Self.slug(w.id), "kind": "workflow"]) }
        }

        let models = registry.models
        try put("_index.md", [
            "title": "Dashboard", "models": models.count, "active": models.filter(\.config.isActive).count,
            "contentTemplates": catalog.contentTemplates.count, "workflows": catalog.workflowTemplates.count,
        ])
        try put("models/_index.md", ["title": "Models"])
        for m in models {
            try put("models/\(Self.slug(m.recordId)).md", modelFrontMatter(m, users: users[m.recordId] ?? []),
                    body: m.notes ?? "")
        }
        try put("providers/_index.md", ["title": "Providers"])
        for p in registry.providers {
            try put("providers/\(p.rawValue).md", ["title": p.displayName, "id": p.rawValue, "layout": "group", "field": "provider"])
        }
        try put("content-types/_index.md", ["title": "Content types"])
        for t in registry.contentTypes {
            try put("content-types/\(t.rawValue).md", ["title": t.displayName, "id": t.rawValue, "layout": "group", "field": "contentType"])
        }
        try put("templates/_index.md", ["title": "Templates"])
        for t in catalog.contentTemplates { try put("templates/\(Self.slug(t.id)).md", contentFrontMatter(t)) }
        for w in catalog.workflowTemplates { try put("templates/\(Self.slug(w.id)).md", workflowFrontMatter(w)) }
        try put("integrity.md", ["title": "Integrity", "layout": "integrity"])
        try put("api/_index.md", ["title": "API"])
        if let docs = docsDirectory, let names = FileManager.default.subpaths(atPath: docs.path) {
            // A docs index, then one page per doc (like the admin site's docs/index.html and
            // docs/<name>.html, README included).
            try put("docs/_index.md", ["title": "Docs"])
            for name in names.sorted() where name.hasSuffix(".md") {
                let text = (try? String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8)) ?? ""
                try put("docs/\(name.lowercased())", ["title": String((name as NSString).lastPathComponent.dropLast(3))], body: text)
            }
        }
        return pages
    }

    static func slug(_ id: String) -> String {
        String(id.lowercased().map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    }

    func modelFrontMatter(_ m: ModelDefinition, users: [[String: Any]]) -> [String: Any] {
        let c = m.config
        let config: [[String]] = [
            ["Record ID", c.recordId], ["Model ID", c.modelId], ["Name", c.modelName], ["Variant", c.variantName ?? "—"],
            ["Family", c.modelFamily ?? "—"], ["Provider", c.provider.displayName], ["Content type", c.contentType.displayName],
            ["Base cost", "\(c.baseTokenCost) tokens"], ["Estimated time", "\(c.estimatedTimeSeconds) s"],
            ["Status", c.isActive ? "active" : "inactive"], ["Max images", c.maxImages.map(String.init) ?? "—"],
            ["Default outputs", c.defaultOutputs.map(String.init) ?? "—"], ["API endpoint", c.apiEndpoint ?? "—"],
            ["Payload structure", c.payloadStructure?.rawValue ?? "—"], ["Logo URL", c.logoUrl ?? "—"],
            ["Source file", m.sourcePath ?? "—"],
        ]
        let priced = Set(m.pricing.pricedParameters)
        let schema: [[String: Any]] = m.inputSchema.properties.map { p in
            [
                "name": p.name, "type": p.type.rawValue, "required": m.inputSchema.isRequired(p.name) ? "yes" : "no",
                "default": p.defaultValue?.displayText ?? "—",
                "allowed": p.allowedValues.map { $0.map(\.displayText).joined(separator: ", ") } ?? "—",
                "range": p.rangeText ?? "—", "description": p.description ?? p.title ?? "—",
                "shown": p.showToUser == false ? "no" : "yes", "movesPrice": priced.contains(p.name),
            ]
        }
        // A price matrix over the first two priced parameters with listable values.
        let pricedModel = m.priced
        var axes: [(String, [ParameterValue])] = []
        for name in m.pricing.pricedParameters {
            guard let p = m.inputSchema[name] else { continue }
            if let allowed = p.allowedValues { axes.append((name, allowed)) } else if p.type == .integer, let lo = p.minimum?.intValue, let hi = p.maximum?.intValue, hi - lo < 10 {
                axes.append((name, (lo...hi).map { .number(ExactDecimal($0)) }))
            }
        }
        var matrix: [String: Any] = [:]
        if let first = axes.first {
            let second = axes.count > 1 ? axes[1] : nil
            let columns = second?.1 ?? [.null]
            matrix["rowName"] = first.0
            matrix["columns"] = columns.map { $0 == .null ? "price" : "\(second!.0) = \($0.plainText)" }
            matrix["rows"] = first.1.map { v -> [String: Any] in
                let cells = columns.map { col -> String in
                    var params: [String: ParameterValue] = [first.0: v]
                    if let second, col != .null { params[second.0] = col }
                    return (try? pricedModel.total(params)).map(\.description) ?? "—"
                }
                return ["value": v.plainText, "cells": cells]
            }
        }
        let atDefaults = (try? pricedModel.total(m.inputSchema.defaults.filter { priced.contains($0.key) }))?.description ?? "—"
        var low: ExactDecimal?, high: ExactDecimal?
        for row in (matrix["rows"] as? [[String: Any]]) ?? [] {
            for cell in (row["cells"] as? [String]) ?? [] {
                guard let v = ExactDecimal(cell) else { continue }
                if low == nil || v < low! { low = v }
                if high == nil || v > high! { high = v }
            }
        }
        return [
            "title": c.displayName, "provider": c.provider.rawValue, "providerName": c.provider.displayName,
            "contentType": c.contentType.rawValue, "contentTypeName": c.contentType.displayName,
            "family": c.modelFamily ?? c.modelName, "baseCost": c.baseTokenCost.description, "active": c.isActive,
            "config": config, "schema": schema, "required": m.inputSchema.required.joined(separator: ", "),
            "explanation": m.pricing.explanation(baseTokenCost: c.baseTokenCost), "atDefaults": atDefaults,
            "matrix": matrix, "users": users, "recordId": c.recordId, "time": c.estimatedTimeSeconds,
            "minCost": (low ?? c.baseTokenCost).description, "maxCost": (high ?? c.baseTokenCost).description,
            "description": "\(c.displayName): \(c.provider.displayName) \(c.contentType.displayName.lowercased()) model, base cost \(c.baseTokenCost) tokens.",
        ]
    }

    func contentFrontMatter(_ t: ContentTemplate) -> [String: Any] {
        let model = registry.model(recordId: t.modelRecordId)
        return [
            "title": t.name, "kind": "content template", "id": t.id, "thumbnail": t.thumbnailUrl ?? "", "category": t.category ?? "—", "description": t.description ?? "",
            "model": model?.config.displayName ?? t.modelRecordId, "modelSlug": Self.slug(t.modelRecordId), "active": t.isActive,
            "presets": t.presetParameters.keys.sorted().map { [$0, t.presetParameters[$0]!.displayText] },
            "hidden": t.hiddenFieldDefaults.keys.sorted().map { [$0, t.hiddenFieldDefaults[$0]!.displayText] },
            "editable": t.userEditableFields,
            "estimatedTime": t.estimatedTimeSeconds ?? 0,
        ]
    }

    func workflowFrontMatter(_ w: WorkflowTemplate) -> [String: Any] {
        [
            "title": w.name, "kind": "workflow", "id": w.id, "thumbnail": w.thumbnailUrl ?? "", "category": w.category ?? "—", "description": w.description ?? "", "active": w.isActive,
            "fields": w.userInputFields.map { f in
                ["name": f.name, "type": f.type.rawValue, "label": f.label ?? "", "required": f.required ? "yes" : "no",
                 "options": (f.options ?? []).map(\.plainText).joined(separator: ", ")]
            },
            "steps": w.steps.map { s -> [String: Any] in
                let model = registry.model(recordId: s.modelRecordId)
                return [
                    "number": s.stepNumber, "name": s.stepName ?? "", "model": model?.config.displayName ?? s.modelRecordId,
                    "modelSlug": Self.slug(s.modelRecordId), "prompt": s.promptTemplate ?? "",
                    "parameters": s.parameters.keys.sorted().map { "\($0) = \(s.parameters[$0]!.displayText)" }.joined(separator: "; "),
                    "mappings": s.inputMappings.keys.sorted().map { "\($0) ← \(s.inputMappings[$0]!)" }.joined(separator: "; "),
                    "output": s.outputKey ?? "",
                ]
            },
            "estimatedTime": w.estimatedTimeSeconds ?? 0,
        ]
    }
}
