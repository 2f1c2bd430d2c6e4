import Integrity
import ModelRegistry
import TokenPricing

/// `templates/index.html` (one sortable table of every template, + `templates/templates.csv`)
/// and one page per content template and workflow.
enum TemplatePages {
    static let columns: [(key: String, label: String, number: Bool)] = [
        ("name", "Template", false), ("kind", "Type", false), ("category", "Category", false),
        ("models", "Models", false), ("steps", "Steps", true), ("cost", "Cost at defaults", true),
        ("min", "Min cost", true), ("max", "Max cost", true), ("status", "Status", false),
    ]

    static func modelNames(_ t: TemplateEntry, data: SiteData) -> [String] {
        t.modelRecordIds.map { data.model($0)?.displayName ?? "unknown model \($0)" }
    }

    static func values(_ t: TemplateEntry, data: SiteData) -> [String: String] {
        [
            "name": t.name, "kind": t.kindLabel, "category": t.category ?? "",
            "models": modelNames(t, data: data).joined(separator: ", "), "steps": String(t.stepCount),
            "cost": t.atDefaultsCost.raw, "min": t.minCost.raw,
            "max": t.maxCost.raw, "status": t.isActive ? "active" : "inactive",
        ]
    }

    static func index(_ data: SiteData) -> (PageFrame, Ctx) {
        let frame = PageFrame(
            path: SitePaths.templates, title: "Templates", section: .templates,
            description: "Content templates and workflows with their cost at defaults and their range.")
        let rows = LazyRows(count: data.templates.count) { i in
            let t = data.templates[i]
            let models: [Ctx] = t.modelRecordIds.map { id in
                if let m = data.model(id) { return ["name": m.displayName, "hasHref": true, "href": frame.href(m.path)] }
                return ["name": "unknown model \(id)", "hasHref": false, "href": ""]
            }
            var ctx: Ctx = [
                "name": t.name, "href": frame.href(t.path), "kind": t.kindLabel, "category": t.category ?? "—",
                "categoryRaw": t.category ?? "", "models": models,
                "modelsRaw": modelNames(t, data: data).joined(separator: ", "), "steps": t.stepCount,
                "cost": t.atDefaultsCost.context, "min": t.minCost.context,
                "max": t.maxCost.context, "hasCostError": t.costError != nil, "costError": t.costError ?? "",
            ]
            ctx.merge(Views.status(t.isActive))
            return ctx
        }
        let unpriced = data.templates.filter { $0.cost == nil }.count
        let page: Ctx = [
            "rows": rows, "hasRows": rows.count > 0,
            "countText": Format.count(rows.count, "template"),
            "workflowCount": data.templates.filter { $0.kind == .workflow }.count,
            "contentCount": data.templates.filter { $0.kind == .content }.count,
            "hasUnpriced": unpriced > 0,
            "unpricedText": "\(Format.count(unpriced, "template")) could not be priced; their cost cells show “—” and the reason is on their page.",
            "csvHref": frame.href("templates/templates.csv"),
        ]
        return (frame, page)
    }

    static func csv(_ data: SiteData) -> String {
        CSVText.document(
            header: columns.map(\.key),
            rows: data.templates.map { t in
                let v = values(t, data: data)
                return columns.map { col in col.number ? v[col.key]! : CSVText.text(v[col.key]!) }
            })
    }

    /// A parameter map as sorted rows (`name`, `value`).
    static func parameterRows(_ params: [String: ParameterValue]) -> [Ctx] {
        params.keys.sorted().map { ["name": $0, "value": params[$0]!.displayText] }
    }

    static func modelLink(_ id: String, data: SiteData, frame: PageFrame) -> Ctx {
        if let m = data.model(id) {
            var ctx: Ctx = ["modelName": m.displayName, "modelKnown": true, "modelHref": frame.href(m.path),
                            "modelRecordId": id, "modelRecordIdShort": Format.shortId(id),
                            "modelType": m.config.contentType.displayName]
            ctx["modelStatus"] = m.config.isActive ? "active" : "inactive"
            return ctx
        }
        return ["modelName": "unknown model", "modelKnown": false, "modelHref": "", "modelRecordId": id,
                "modelRecordIdShort": Format.shortId(id), "modelType": "—", "modelStatus": "unknown"]
    }

    static func costContext(_ t: TemplateEntry, unit: TokenUnit) -> Ctx {
        let c = t.cost
        var ctx: Ctx = [
            "hasCost": c != nil,
            "costAtDefaults": t.atDefaultsCost.context,
            "costRangeText": c.map { Format.costRange(min: $0.min, max: $0.max) } ?? "—",
            "costError": t.costError ?? "",
            "hasCostError": t.costError != nil,
        ]
        ctx.merge(unit.rangeContext("costRange", min: c?.min, max: c?.max))
        return ctx
    }

    static func lineItems(_ quote: PriceQuote, unit: TokenUnit) -> [Ctx] {
        quote.lineItems.map { ["label": $0.label, "subtotal": CostText($0.subtotal, unit: unit).context] }
    }

    /// A content template's page.
    static func contentPage(_ t: TemplateEntry, data: SiteData) -> (PageFrame, Ctx) {
        let tmpl = t.content!
        let frame = PageFrame(
            path: t.path, title: t.name, section: .templates,
            description: "Content template \(t.name)\(tmpl.category.map { " (\($0))" } ?? "").")
        let schema = data.model(tmpl.modelRecordId)?.model.inputSchema
        var names = Set(tmpl.presetParameters.keys)
        names.formUnion(tmpl.hiddenFieldDefaults.keys)
        names.formUnion(tmpl.userEditableFields)
        let priced = Set(data.model(tmpl.modelRecordId)?.model.pricing.pricedParameters ?? [])
        let paramRows: [Ctx] = names.sorted().map { name in
            var kinds: [String] = []
            var value = "—"
            if let v = tmpl.presetParameters[name] { kinds.append("preset"); value = v.displayText }
            if let v = tmpl.hiddenFieldDefaults[name] { kinds.append("hidden"); value = v.displayText }
            if tmpl.userEditableFields.contains(name) { kinds.append("editable") }
            let prop = schema?[name]
            var allowed = "—"
            if let values = prop?.allowedValues { allowed = values.map(\.displayText).joined(separator: ", ") } else if let r = prop?.rangeText { allowed = r }
            return ["name": name, "value": value, "kinds": kinds.joined(separator: ", "),
                    "inSchema": schema == nil ? "—" : Format.yesNo(prop != nil),
                    "schemaDefault": prop?.defaultValue?.displayText ?? "—", "allowed": allowed,
                    "movesPrice": priced.contains(name)]
        }
        let step = t.cost?.steps.first
        var page: Ctx = [
            "name": t.name, "templateId": t.id, "category": tmpl.category ?? "—",
            "description": tmpl.description ?? "", "hasDescription": !(tmpl.description ?? "").isEmpty,
            "estimatedTime": tmpl.estimatedTimeSeconds.map(Format.duration) ?? "—",
            "displayOrder": tmpl.displayOrder.map(String.init) ?? "—",
            "thumbnail": tmpl.thumbnailUrl ?? "—", "thumbnailHref": WebURL.safe(tmpl.thumbnailUrl) ?? "",
            "hasThumbnailHref": WebURL.safe(tmpl.thumbnailUrl) != nil,
            "paramRows": paramRows, "hasParams": !paramRows.isEmpty,
            "editableFields": tmpl.userEditableFields.joined(separator: ", ").isEmpty ? "none" : tmpl.userEditableFields.joined(separator: ", "),
            "hasBreakdown": step != nil,
            "breakdown": step.map { lineItems($0.quote, unit: data.config.token) } ?? [],
            "userChosen": step.map { $0.userChosenParameters.joined(separator: ", ") } ?? "",
            "hasUserChosen": !(step?.userChosenParameters.isEmpty ?? true),
            "indexHref": frame.href(SitePaths.templates),
        ]
        page.merge(Views.status(t.isActive))
        page.merge(modelLink(tmpl.modelRecordId, data: data, frame: frame))
        page.merge(costContext(t, unit: data.config.token))
        page.merge(FindingsView.context(data.findings(about: t.subject), data: data, frame: frame,
                                        caption: "Integrity findings about this template"))
        return (frame, page)
    }

    /// A workflow's page: user inputs → steps → output, with costs.
    static func workflowPage(_ t: TemplateEntry, data: SiteData) -> (PageFrame, Ctx) {
        let w = t.workflow!
        let frame = PageFrame(
            path: t.path, title: t.name, section: .templates,
            description: "Workflow \(t.name): \(Format.count(w.steps.count, "step")).")
        let inputs: [Ctx] = w.userInputFields.map { f in
            [
                "name": f.name, "type": f.type.rawValue, "label": f.label ?? "—", "required": Format.yesNo(f.required),
                "options": f.options.map { $0.map(\.displayText).joined(separator: ", ") } ?? "—",
                "defaultText": f.defaultValue?.displayText ?? "—",
                "maxFiles": f.maxFiles.map(String.init) ?? "—",
            ]
        }
        let costsByStep: [Int: StepCost] = Dictionary(
            (t.cost?.steps ?? []).map { ($0.stepNumber, $0) }, uniquingKeysWith: { a, _ in a })
        let ordered = w.steps.sorted { $0.stepNumber < $1.stepNumber }
        let steps: [Ctx] = ordered.map { step in
            let sc = costsByStep[step.stepNumber]
            var params: [Ctx] = []
            var names = Set(step.parameters.keys)
            names.formUnion(step.inputMappings.keys)
            if let sc { names.formUnion(sc.effectiveParameters.keys) }
            for name in names.sorted() {
                var value = step.parameters[name]?.displayText ?? "—"
                var source = step.parameters[name] != nil ? "static" : "—"
                if let mapping = step.inputMappings[name] {
                    source = "mapped from \(mapping)"
                    if step.parameters[name] == nil { value = "—" }
                }
                if let effective = sc?.effectiveParameters[name] { value = effective.displayText }
                params.append(["name": name, "value": value, "source": source])
            }
            var ctx: Ctx = [
                "stepNumber": step.stepNumber, "stepName": step.stepName ?? "Step \(step.stepNumber)",
                "outputKey": step.outputKey ?? "—",
                "prompt": step.promptTemplate ?? "", "hasPrompt": !(step.promptTemplate ?? "").isEmpty,
                "params": params, "hasParams": !params.isEmpty,
                "hasStepCost": sc != nil,
                "rule": sc?.rule ?? data.model(step.modelRecordId).map { $0.model.pricing.explanation(baseTokenCost: $0.config.baseTokenCost) } ?? "—",
                "subtotal": CostText(sc?.subtotal, unit: data.config.token).context,
                "stepRange": sc.map { Format.costRange(min: $0.min, max: $0.max) } ?? "—",
                "userChosen": sc.map { $0.userChosenParameters.joined(separator: ", ") } ?? "",
                "hasUserChosen": !(sc?.userChosenParameters.isEmpty ?? true),
                "breakdown": sc.map { lineItems($0.quote, unit: data.config.token) } ?? [],
            ]
            ctx.merge(modelLink(step.modelRecordId, data: data, frame: frame))
            ctx.merge(data.config.token.rangeContext("stepRange", min: sc?.min, max: sc?.max))
            return ctx
        }
        let unit = data.config.token
        var page: Ctx = [
            "name": t.name, "templateId": t.id, "category": w.category ?? "—",
            "description": w.description ?? "", "hasDescription": !(w.description ?? "").isEmpty,
            "estimatedTime": w.estimatedTimeSeconds.map(Format.duration) ?? "—",
            "displayOrder": w.displayOrder.map(String.init) ?? "—",
            "thumbnail": w.thumbnailUrl ?? "—", "thumbnailHref": WebURL.safe(w.thumbnailUrl) ?? "",
            "hasThumbnailHref": WebURL.safe(w.thumbnailUrl) != nil,
            "stepCount": w.steps.count,
            "inputs": inputs, "hasInputs": !inputs.isEmpty,
            "steps": steps, "hasSteps": !steps.isEmpty,
            "deliverables": deliverables(w, data: data, frame: frame),
            "intermediates": intermediates(w).joined(separator: "; "),
            "hasIntermediates": !intermediates(w).isEmpty,
            "costRows": runningTotals(ordered, costs: costsByStep, data: data, frame: frame, unit: unit),
            "hasCostRows": t.cost != nil && !ordered.isEmpty,
            "indexHref": frame.href(SitePaths.templates),
        ]
        page.merge(Views.status(t.isActive))
        page.merge(costContext(t, unit: data.config.token))
        page.merge(FindingsView.context(data.findings(about: t.subject), data: data, frame: frame,
                                        caption: "Integrity findings about this workflow"))
        return (frame, page)
    }

    /// What the workflow gives the user (`WorkflowTemplate.deliverableSteps`): each output no
    /// later step reads, with the kind of thing its model makes.
    static func deliverables(_ w: WorkflowTemplate, data: SiteData, frame: PageFrame) -> [Ctx] {
        w.deliverableSteps.map { step in
            let model = data.model(step.modelRecordId)
            var ctx: Ctx = [
                "stepNumber": step.stepNumber, "stepName": step.stepName ?? "Step \(step.stepNumber)",
                "outputKind": model.map { $0.config.contentType.outputKind } ?? "output of an unknown model",
                "hasOutputKey": step.outputKey.map { !$0.isEmpty } ?? false, "outputKey": step.outputKey ?? "",
            ]
            ctx.merge(modelLink(step.modelRecordId, data: data, frame: frame))
            return ctx
        }
    }

    /// The outputs a later step consumes, as "keyframe (step 1)": shown so the admin sees why
    /// they are not delivered.
    static func intermediates(_ w: WorkflowTemplate) -> [String] {
        let delivered = Set(w.deliverableSteps.map(\.stepNumber))
        return w.steps.sorted { $0.stepNumber < $1.stepNumber }.filter { !delivered.contains($0.stepNumber) }
            .map { "\($0.outputKey ?? "") (step \($0.stepNumber), \($0.stepName ?? "Step \($0.stepNumber)"))" }
    }

    /// One row per step with its subtotal at defaults and the running total after it: the last
    /// running total is the workflow's cost at defaults (the exact sum, Docs/PRICING.md).
    static func runningTotals(
        _ ordered: [WorkflowStep], costs: [Int: StepCost], data: SiteData, frame: PageFrame, unit: TokenUnit
    ) -> [Ctx] {
        var running: ExactDecimal? = .zero
        return ordered.map { step in
            let subtotal = costs[step.stepNumber]?.subtotal
            running = running.flatMap { r in subtotal.flatMap { r.adding($0) } }
            var ctx: Ctx = [
                "stepNumber": step.stepNumber, "stepName": step.stepName ?? "Step \(step.stepNumber)",
                "subtotal": CostText(subtotal, unit: unit).context, "running": CostText(running, unit: unit).context,
            ]
            ctx.merge(modelLink(step.modelRecordId, data: data, frame: frame))
            return ctx
        }
    }
}
