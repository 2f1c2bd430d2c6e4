import Integrity
import ModelRegistry
import TokenPricing

/// `models/<slug>.html`: one model, every field, schema, pricing in words, price matrices,
/// the templates using it and its integrity findings.
enum ModelPage {
    /// The most values of one parameter a matrix shows.
    static let maxAxisValues = 30

    static func build(_ e: ModelEntry, data: SiteData, views: ModelViews? = nil) -> (PageFrame, Ctx) {
        let views = views ?? ModelViews(e, unit: data.config.token)
        let c = e.config
        let frame = PageFrame(
            path: e.path, title: e.displayName, section: .models,
            description: "\(e.displayName): \(c.provider.displayName) \(c.contentType.displayName.lowercased()) model, base cost \(c.baseTokenCost) \(data.config.token.plural).")

        // Config fields.
        let sharing = (data.recordIdsByModelId[c.modelId] ?? []).filter { $0 != c.recordId }
        let logoHref = WebURL.safe(c.logoUrl)
        let sourceHref = data.sourceURL(for: e.sourcePath)
        let base = e.baseCost
        var page: Ctx = [
            "recordId": c.recordId,
            "modelId": c.modelId,
            "hasSharing": !sharing.isEmpty,
            "sharingText": Format.count(sharing.count, "other entry", plural: "other entries"),
            "modelName": c.modelName,
            "variant": c.variantName ?? "—",
            "family": c.modelFamily ?? "—",
            "hasFamilyOrder": c.displayOrderInFamily != nil,
            "familyOrder": c.displayOrderInFamily ?? 0,
            "providerName": c.provider.displayName,
            "providerId": c.provider.rawValue,
            "providerHref": frame.href(SitePaths.provider(id: c.provider.rawValue)),
            "typeName": c.contentType.displayName,
            "typeId": c.contentType.rawValue,
            "typeHref": frame.href(SitePaths.contentType(id: c.contentType.rawValue)),
            "baseCost": base.text,
            "baseInexact": base.inexact,
            "baseExact": base.raw,
            "estimatedTime": Format.duration(seconds: c.estimatedTimeSeconds),
            "maxImages": c.maxImages.map(String.init) ?? "—",
            "defaultOutputs": c.defaultOutputs.map(String.init) ?? "—",
            "configLimits": configLimits(c),
            "configPlumbing": configPlumbing(c),
            "hasEndpoint": c.apiEndpoint != nil,
            "endpoint": c.apiEndpoint ?? "",
            "hasPayload": c.payloadStructure != nil,
            "payload": c.payloadStructure?.rawValue ?? "",
            "logo": c.logoUrl ?? "—",
            "hasLogoHref": logoHref != nil,
            "logoHref": logoHref ?? "",
            "logoUnsafe": c.logoUrl != nil && logoHref == nil,
            "hasSource": e.sourcePath != nil,
            "source": e.sourcePath ?? "",
            "hasSourceHref": sourceHref != nil,
            "sourceHref": sourceHref ?? "",
            "status": c.isActive ? "active" : "inactive",
            "statusClass": c.isActive ? "active" : "inactive",
        ]

        // Pricing.
        let p = e.pricing
        var rangeNotes: [String] = []
        if p.combinationsPriced < p.combinationsTotal {
            rangeNotes.append("Only the first \(Format.integer(p.combinationsPriced)) of \(Format.integer(p.combinationsTotal)) parameter combinations were priced.")
        }
        for axis in p.axes where !axis.isComplete {
            rangeNotes.append("\(axis.name) is priced at \(axis.values.map(Format.value).joined(separator: ", ")) only (its bounds and default).")
        }
        for name in p.unlistedParameters {
            rangeNotes.append("The price also depends on \(name), whose values cannot be listed (e.g. text priced by length); the range assumes it is not given.")
        }
        for u in e.model.pricing.usageFactors {
            rangeNotes.append(
                "The price also depends on \(u.quantity.measured) (\(u.quantity.rawValue)), which a call measures rather than chooses; "
                    + "the prices here assume \(u.assumed) \(u.quantity.unit)\(u.assumed == 1 ? "" : "s"), as the platform does when it is not given. "
                    + "The price command takes it as \"usage\".")
        }
        for name in p.missingParameters {
            rangeNotes.append("The rule prices on \(name), which the schema does not have, so that factor never applies.")
        }
        if p.failures > 0 {
            rangeNotes.append("\(Format.count(p.failures, "combination")) could not be priced: \(p.firstFailure ?? "").")
        }
        let notes = (e.model.notes ?? "").split(separator: "\n\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let issues: [Ctx] = e.ruleIssues.sorted { ($0.severity, $0.parameter, $0.message) < ($1.severity, $1.parameter, $1.message) }.map {
            ["severity": $0.severity.rawValue, "severityClass": $0.severity == .error ? "error" : "warning",
             "parameter": $0.parameter, "message": $0.message]
        }

        // Schema.
        let schema = e.model.inputSchema
        let priced = Set(e.model.pricing.pricedParameters)
        let schemaRows: [Ctx] = schema.properties.map { prop in
            var typeText = prop.type.rawValue
            if let items = prop.items {
                typeText += " of \(items.type.rawValue)"
                if !items.properties.isEmpty { typeText += " (\(items.properties.map(\.name).joined(separator: ", ")))" }
            }
            if let format = prop.format { typeText += " (\(format))" }
            var range = prop.rangeText ?? ""
            if let maxLength = prop.maxLength { range += (range.isEmpty ? "" : "; ") + "at most \(maxLength) characters" }
            var description = prop.description ?? ""
            if let title = prop.title, title != prop.name { description = description.isEmpty ? title : "\(title): \(description)" }
            return [
                "name": prop.name,
                "type": typeText,
                "required": Format.yesNo(schema.isRequired(prop.name)),
                "defaultText": prop.defaultValue.map(\.displayText) ?? "—",
                "allowed": prop.allowedValues.map { $0.map(\.displayText).joined(separator: ", ") } ?? "—",
                "range": range.isEmpty ? "—" : range,
                "description": description.isEmpty ? "—" : description,
                "shown": prop.showToUser == false ? "no" : "yes",
                "movesPrice": priced.contains(prop.name),
            ]
        }

        // Templates using the model.
        let users: [Ctx] = (data.templatesByModel[c.recordId] ?? []).map { i in
            let t = data.templates[i]
            var ctx: Ctx = ["name": t.name, "href": frame.href(t.path), "kind": t.kindLabel]
            ctx.merge(Views.status(t.isActive))
            return ctx
        }
        let sharingRows: [Ctx] = sharing.compactMap { id in
            guard let other = data.model(id) else { return nil }
            return ["name": other.displayName, "href": frame.href(other.path), "recordId": id,
                    "recordIdShort": Format.shortId(id)]
        }

        let more: Ctx = [
            "name": e.displayName,
            "subtitle": [c.provider.displayName, c.contentType.displayName, c.modelFamily].compactMap { $0 }.joined(separator: " · "),
            "explanation": views.explanation,
            "ruleSteps": views.ruleSteps.map(\.context),
            "notes": notes,
            "hasNotes": !notes.isEmpty,
            "atDefaults": e.atDefaultsCost.context,
            "hasDefaultsError": p.atDefaultsError != nil,
            "defaultsError": p.atDefaultsError ?? "",
            "rangeText": p.min.flatMap { lo in p.max.map { Format.costRange(min: lo, max: $0) } } ?? "—",
            "rangeNotes": rangeNotes,
            "hasRangeNotes": !rangeNotes.isEmpty,
            "ruleIssues": issues,
            "hasRuleIssues": !issues.isEmpty,
            "schemaRows": schemaRows,
            "hasSchema": !schemaRows.isEmpty,
            "requiredText": schema.required.isEmpty ? "none" : schema.required.joined(separator: ", "),
            "imageInputField": schema.imageInputField ?? "—",
            "matrices": views.matrices.map(\.context),
            "isFlat": p.axes.isEmpty,
            "flatText": e.model.pricing.usageQuantities.isEmpty
                ? "The price does not move with any listed parameter: \(Format.cost(p.atDefaults ?? c.baseTokenCost)) \(data.config.token.plural) per call."
                : "No form parameter moves the price; the measured usage above does. At the assumed usage a call costs \(Format.cost(p.atDefaults ?? c.baseTokenCost)) \(data.config.token.plural).",
            "users": users,
            "hasUsers": !users.isEmpty,
            "sharing": sharingRows,
            "hasSharing": !sharingRows.isEmpty,
            "catalogueHref": frame.href(SitePaths.models),
        ]
        page.merge(more)
        page.merge(data.config.token.rangeContext("range", min: p.min, max: p.max))
        page.merge(UnitPriceView.section(e.unitPrice, unit: data.config.token))
        page.merge(ModelDetailsView.context(e, data: data, frame: frame))
        page.merge(ModelHistorySection.context(e, data: data, frame: frame))
        page.merge(FindingsView.context(data.findings(about: .model(recordId: c.recordId)), data: data, frame: frame,
                                        caption: "Integrity findings about this model"))
        return (frame, page)
    }

    /// The input limits a model has beyond the common fields, as label and text, in a fixed
    /// order; absent fields are left out rather than shown as "—".
    static func configLimits(_ c: ModelConfig) -> [Ctx] {
        configLimitRows(c).map { ["label": $0[0], "value": $0[1]] }
    }

    /// `configLimits` as (label, value) pairs, which the compare data scripts carry.
    static func configLimitRows(_ c: ModelConfig) -> [[String]] {
        var rows: [(String, String)] = []
        if let n = c.maxAudios { rows.append(("Max audios", String(n))) }
        if let n = c.maxVideos { rows.append(("Max videos", String(n))) }
        if let b = c.requiresAudio { rows.append(("Requires audio", Format.yesNo(b))) }
        if let n = c.maxFileSizeBytes { rows.append(("Max file size", Format.bytes(n))) }
        if let s = c.minDurationSeconds { rows.append(("Min duration", Format.seconds(s))) }
        if let s = c.maxDurationSeconds { rows.append(("Max duration", Format.seconds(s))) }
        if let types = c.acceptedVideoTypes, !types.isEmpty { rows.append(("Accepted video types", types.joined(separator: ", "))) }
        return rows.map { [$0.0, $0.1] }
    }

    /// How the platform calls the model, for the "Technical details" block: the output format
    /// it requests, the provider's task type and the name of the secret its calls use.
    static func configPlumbing(_ c: ModelConfig) -> [Ctx] {
        var rows: [(String, String)] = []
        if let t = c.outputFormat { rows.append(("Output format", t)) }
        if let t = c.taskType { rows.append(("Task type", t)) }
        if let k = c.apiKeyName { rows.append(("API key (secret name)", k)) }
        return rows.map { ["label": $0.0, "value": $0.1] }
    }

    /// The price matrices: one parameter → a 1-D table; two → a 2-D table; three or four →
    /// a table per pair; more → a 1-D table per parameter. Other parameters at their defaults.
    static func matrices(_ e: ModelEntry, unit: TokenUnit) -> [MatrixView] {
        let axes = e.pricing.axes.map { axis -> PriceAxis in
            var a = axis
            if a.values.count > maxAxisValues { a.values = Array(a.values.prefix(maxAxisValues)) }
            return a
        }
        guard !axes.isEmpty else { return [] }
        var tables: [MatrixView] = []
        if axes.count == 2 || (3...4).contains(axes.count) {
            for i in 0..<axes.count {
                for j in (i + 1)..<axes.count {
                    tables.append(table(rows: axes[i], columns: axes[j], all: axes, entry: e, index: tables.count, unit: unit))
                }
            }
        } else {
            for axis in axes {
                tables.append(table(rows: axis, columns: nil, all: axes, entry: e, index: tables.count, unit: unit))
            }
        }
        return tables
    }

    static func label(_ v: ParameterValue, axis: PriceAxis) -> String {
        Format.value(v) + (v == axis.defaultValue ? " (default)" : "")
    }

    /// One matrix; its cells are the prices `SiteData` made (`ModelPricing.price`).
    static func table(rows: PriceAxis, columns: PriceAxis?, all: [PriceAxis], entry e: ModelEntry, index: Int, unit: TokenUnit) -> MatrixView {
        let base = e.pricing.base
        let fixed = all.filter { $0.name != rows.name && $0.name != columns?.name }
        // Every axis says what its numbers count ("duration (seconds)"), when anything does.
        func named(_ axis: PriceAxis) -> String { QuantityUnit.axisLabel(axis.name, in: e.model) }
        var caption = columns.map { "Cost in \(unit.plural) by \(named(rows)) (rows) and \(named($0)) (columns)" } ?? "Cost in \(unit.plural) by \(named(rows))"
        if !fixed.isEmpty {
            let parts = fixed.map { axis in "\(named(axis)) = \(base[axis.name].map(Format.value) ?? "not given")" }
            caption += "; other parameters at their defaults: " + parts.joined(separator: ", ")
        }
        func cell(_ params: [String: ParameterValue]) -> MatrixView.Cell {
            switch e.pricing.price(params, with: e.priced) {
            case .success(let price): return MatrixView.Cell(cost: CostText(price, unit: unit), error: "")
            case .failure(let error): return MatrixView.Cell(cost: CostText(nil, unit: unit), error: error.description)
            }
        }
        let header: [String] = columns.map { col in col.values.map { label($0, axis: col) } } ?? ["Cost"]
        let bodyRows: [MatrixView.Row] = rows.values.map { rv in
            var params = base
            params[rows.name] = rv
            let cells: [MatrixView.Cell]
            if let columns {
                cells = columns.values.map { cv in
                    var p = params
                    p[columns.name] = cv
                    return cell(p)
                }
            } else {
                cells = [cell(params)]
            }
            return MatrixView.Row(cells: cells, label: label(rv, axis: rows))
        }
        return MatrixView(
            caption: caption, columnAxis: columns.map(named), columns: header, corner: named(rows), rows: bodyRows,
            tableId: "matrix-\(index + 1)")
    }
}

/// The findings table shared by the model, template and integrity pages.
enum FindingsView {
    static func subject(_ s: IntegrityFinding.Subject, data: SiteData) -> (text: String, path: String?) {
        switch s {
        case .model(let id):
            if let m = data.model(id) { return (m.displayName, m.path) }
            return ("model \(id)", nil)
        case .contentTemplate(let id):
            if let t = data.template(.content, id: id) { return (t.name, t.path) }
            return ("content template \(id)", nil)
        case .workflowTemplate(let id):
            if let t = data.template(.workflow, id: id) { return (t.name, t.path) }
            return ("workflow \(id)", nil)
        case .doc(let path):
            if let page = data.docs?.page(forSourcePath: path) { return (page.title, SitePaths.doc(outputPath: page.outputPath)) }
            return ("doc \(path)", nil)
        case .sitePage(let path):
            return (path, path)
        }
    }

    static func row(_ f: IntegrityFinding, data: SiteData, frame: PageFrame) -> Ctx {
        let (text, path) = subject(f.subject, data: data)
        var location = f.file ?? ""
        if let line = f.line {
            location += ":\(line)"
            if let column = f.column { location += ":\(column)" }
        }
        return [
            "severity": f.severity.rawValue, "severityClass": f.severity == .error ? "error" : "warning",
            "rule": f.rule, "message": f.message, "messageParts": FindingLinks.parts(f.message, data: data, frame: frame), "subjectText": text,
            "hasSubjectHref": path != nil, "subjectHref": path.map(frame.href) ?? "",
            "location": location.isEmpty ? "—" : location,
        ]
    }

    /// `findings`, `hasFindings`, `findingsCaption` for `partials/findings`.
    static func context(_ findings: [IntegrityFinding], data: SiteData, frame: PageFrame, caption: String) -> Ctx {
        ["findings": findings.map { row($0, data: data, frame: frame) }, "hasFindings": !findings.isEmpty,
         "findingsCaption": caption]
    }
}
