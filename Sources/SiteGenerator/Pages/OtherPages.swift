import Integrity
import MarkdownDocs
import ModelRegistry
import TokenPricing

/// `integrity.html`: every finding, doc problem and pricing problem, linked to its subject.
enum IntegrityPage {
    static func build(_ data: SiteData) -> (PageFrame, Ctx) {
        let frame = PageFrame(
            path: SitePaths.integrity, title: "Integrity", section: .integrity,
            description: "Integrity errors and warnings of the registry and the template catalogue.")
        let errors = data.report.errors, warnings = data.report.warnings
        let docProblems: [Ctx] = (data.docs?.problems ?? []).map { p in
            var location = p.file
            if let line = p.line { location += ":\(line)"; if let c = p.column { location += ":\(c)" } }
            let path = data.docPath(sourcePath: p.file)
            return ["severity": p.severity.rawValue, "severityClass": p.severity == .error ? "error" : "warning",
                    "message": p.message, "location": location, "hasHref": path != nil, "href": path.map(frame.href) ?? ""]
        }
        var pricing: [Ctx] = []
        for t in data.templates {
            if let error = t.costError {
                pricing.append(["subjectText": t.name, "href": frame.href(t.path), "message": error])
            }
        }
        for m in data.models {
            if let error = m.pricing.atDefaultsError {
                pricing.append(["subjectText": m.displayName, "href": frame.href(m.path),
                                "message": "price at defaults: \(error)"])
            }
        }
        let page: Ctx = [
            "errorCount": errors.count,
            "warningCount": warnings.count,
            "errorRows": errors.map { FindingsView.row($0, data: data, frame: frame) },
            "warningRows": warnings.map { FindingsView.row($0, data: data, frame: frame) },
            "hasErrors": !errors.isEmpty,
            "hasWarnings": !warnings.isEmpty,
            "hasDocs": data.docs != nil,
            "docProblems": docProblems,
            "hasDocProblems": !docProblems.isEmpty,
            "pricingProblems": pricing,
            "hasPricingProblems": !pricing.isEmpty,
            "summaryText": "\(Format.count(errors.count, "error")) and \(Format.count(warnings.count, "warning")) in \(Format.count(data.models.count, "model")) and \(Format.count(data.templates.count, "template")).",
        ]
        return (frame, page)
    }
}

/// `docs/index.html` and `docs/<outputPath>`.
enum DocsPages {
    static func tocItems(_ headings: [DocHeading]) -> [Ctx] {
        var items: [Ctx] = []
        var children: [Ctx] = []
        var current: Ctx?
        func flush() {
            if var c = current {
                c["children"] = children
                c["hasChildren"] = !children.isEmpty
                items.append(c)
            }
            current = nil
            children = []
        }
        for h in headings {
            if h.level <= 2 || current == nil {
                flush()
                current = ["text": h.text, "anchor": h.anchor]
            } else {
                children.append(["text": h.text, "anchor": h.anchor])
            }
        }
        flush()
        return items
    }

    static func index(_ docs: DocsCollection, data: SiteData) -> (PageFrame, Ctx) {
        let frame = PageFrame(path: SitePaths.docs, title: "Docs", section: .docs, description: "The project's documentation.")
        let landing = docs.pages.first { $0.outputPath == "index.html" }
        let entries: [Ctx] = docs.pages.filter { $0.outputPath != "index.html" }.map { p in
            ["title": p.title, "href": frame.href(SitePaths.doc(outputPath: p.outputPath)), "source": p.sourcePath]
        }
        let page: Ctx = [
            "entries": entries, "hasEntries": !entries.isEmpty,
            "hasLanding": landing != nil,
            "landingHtml": SafeHTML(trusted: landing?.html ?? ""),
            "hasToc": landing?.hasTableOfContents ?? false,
            "toc": landing.map { tocItems($0.tableOfContents) } ?? [],
            "needsHeading": landing.map { $0.headings.first?.level != 1 } ?? true,
            "docTitle": landing?.title ?? "Docs",
        ]
        return (frame, page)
    }

    static func page(_ doc: DocPage, data: SiteData) -> (PageFrame, Ctx) {
        let frame = PageFrame(
            path: SitePaths.doc(outputPath: doc.outputPath), title: doc.title, section: .docs,
            description: doc.title)
        let page: Ctx = [
            "docTitle": doc.title,
            "needsHeading": doc.headings.first?.level != 1,
            "bodyHtml": SafeHTML(trusted: doc.html),
            "hasToc": doc.hasTableOfContents,
            "toc": tocItems(doc.tableOfContents),
            "source": doc.sourcePath,
            "indexHref": frame.href(SitePaths.docs),
        ]
        return (frame, page)
    }
}

/// `api/index.html` and the JSON files it documents.
///
/// Stable shapes (version 1; fields are only ever added). Decimal amounts are JSON strings with
/// every digit (`"3.5"`), never binary floats; keys are sorted; absent values are `null`.
///
/// `api/models.json`:
/// `{"version": 1, "models": [{"recordId", "modelId", "modelName", "variantName", "displayName",
/// "modelFamily", "displayOrderInFamily", "provider", "providerName", "contentType",
/// "contentTypeName", "baseTokenCost", "estimatedTimeSeconds", "isActive", "maxImages",
/// "defaultOutputs", "apiEndpoint", "payloadStructure", "logoUrl", "sourcePath", "page",
/// "pricedParameters", "inputSchema": {"properties": [{"name", "type", "default", "enum",
/// "minimum", "maximum", "maxLength", "title", "description", "renderer", "format", "showToUser"}],
/// "required", "imageInputField"}, "notes"}]}`
///
/// `api/templates.json`:
/// `{"version": 1, "contentTemplates": [{"id", "name", "category", "description",
/// "modelRecordId", "presetParameters", "hiddenFieldDefaults", "userEditableFields", "isActive",
/// "displayOrder", "estimatedTimeSeconds", "page", "cost"}], "workflowTemplates": [{"id", "name",
/// "category", "description", "isActive", "displayOrder", "estimatedTimeSeconds", "page",
/// "userInputFields": [{"name", "type", "label", "required", "options", "default", "maxFiles"}],
/// "steps": [{"stepNumber", "stepName", "modelRecordId", "parameters", "inputMappings",
/// "outputKey", "promptTemplate"}], "cost"}]}` where `cost` is `null` or `{"atDefaults", "min",
/// "max", "steps": [{"stepNumber", "modelRecordId", "subtotal", "min", "max"}]}` and `costError`
/// says why it is `null`.
///
/// `api/pricing.json`:
/// `{"version": 1, "models": [{"recordId", "baseTokenCost", "explanation", "pricedParameters",
/// "atDefaults", "min", "max", "rangeComplete", "combinationsTotal", "prices": [{"parameters":
/// {…}, "total"}]}]}`: the price of each combination of the priced parameters' listed values
/// (at most `maxPriceCombinations` per model; `total` is `null` when the combination cannot be
/// priced).
enum APIPages {
    static func index(_ data: SiteData) -> (PageFrame, Ctx) {
        let frame = PageFrame(path: SitePaths.api, title: "API", section: .api,
                              description: "Machine-readable JSON and CSV exports of the registry.")
        let files: [Ctx] = [
            ["href": frame.href("api/models.json"), "name": "api/models.json",
             "shape": "{\"version\": 1, \"models\": [{\"recordId\", \"modelId\", \"modelName\", \"variantName\", \"displayName\", \"modelFamily\", \"displayOrderInFamily\", \"provider\", \"providerName\", \"contentType\", \"contentTypeName\", \"baseTokenCost\", \"estimatedTimeSeconds\", \"isActive\", \"maxImages\", \"defaultOutputs\", \"apiEndpoint\", \"payloadStructure\", \"logoUrl\", \"sourcePath\", \"page\", \"pricedParameters\", \"inputSchema\": {\"properties\": […], \"required\", \"imageInputField\"}, \"notes\"}]}",
             "about": "Every model with its configuration and input schema, in registry order."],
            ["href": frame.href("api/templates.json"), "name": "api/templates.json",
             "shape": "{\"version\": 1, \"contentTemplates\": [{…, \"page\", \"cost\", \"costError\"}], \"workflowTemplates\": [{…, \"userInputFields\", \"steps\", \"page\", \"cost\", \"costError\"}]}",
             "about": "The template catalogue as read, plus each template's page and cost (at defaults, min, max, per step) or the reason it could not be priced."],
            ["href": frame.href("api/pricing.json"), "name": "api/pricing.json",
             "shape": "{\"version\": 1, \"models\": [{\"recordId\", \"baseTokenCost\", \"explanation\", \"pricedParameters\", \"atDefaults\", \"min\", \"max\", \"rangeComplete\", \"combinationsTotal\", \"prices\": [{\"parameters\": {…}, \"total\"}]}]}",
             "about": "A price list: the price of every combination of the priced parameters' values (at most \(Format.integer(data.config.maxPriceCombinations)) per model)."],
            ["href": frame.href("models/models.csv"), "name": "models/models.csv",
             "shape": CataloguePage.columns.map(\.key).joined(separator: ","),
             "about": "The catalogue table (header row of column keys; text cells starting with = + - @ get a leading ')."],
            ["href": frame.href("models/models.json"), "name": "models/models.json",
             "shape": "[{" + CataloguePage.columns.map { "\"\($0.key)\"" }.joined(separator: ", ") + "}]",
             "about": "The catalogue table as JSON; cost columns are numbers."],
            ["href": frame.href("templates/templates.csv"), "name": "templates/templates.csv",
             "shape": TemplatePages.columns.map(\.key).joined(separator: ","),
             "about": "The templates table."],
        ]
        return (frame, ["files": files])
    }

    static func schemaJSON(_ schema: InputSchema) -> JSONText {
        .object([
            "properties": .array(schema.properties.map { p in
                .object([
                    "name": .string(p.name), "type": .string(p.type.rawValue),
                    "default": p.defaultValue.map(JSONText.parameter) ?? .null,
                    "enum": p.allowedValues.map { .array($0.map(JSONText.parameter)) } ?? .null,
                    "minimum": p.minimum.map(JSONText.decimal) ?? .null, "maximum": p.maximum.map(JSONText.decimal) ?? .null,
                    "maxLength": .int(p.maxLength), "title": .string(p.title), "description": .string(p.description),
                    "renderer": .string(p.renderer), "format": .string(p.format),
                    "showToUser": p.showToUser.map(JSONText.bool) ?? .null,
                ])
            }),
            "required": .array(schema.required.map { .string($0) }),
            "imageInputField": .string(schema.imageInputField),
        ])
    }

    static func modelsJSON(_ data: SiteData) -> [UInt8] {
        JSONText.object([
            "version": .int(1),
            "models": JSONText.parallelArray(count: data.models.count, indent: 2) { i in
                let e = data.models[i]
                let c = e.config
                return .object([
                    "recordId": .string(c.recordId), "modelId": .string(c.modelId), "modelName": .string(c.modelName),
                    "variantName": .string(c.variantName), "displayName": .string(c.displayName),
                    "modelFamily": .string(c.modelFamily), "displayOrderInFamily": .int(c.displayOrderInFamily),
                    "provider": .string(c.provider.rawValue), "providerName": .string(c.provider.displayName),
                    "contentType": .string(c.contentType.rawValue), "contentTypeName": .string(c.contentType.displayName),
                    "baseTokenCost": .decimalString(c.baseTokenCost), "estimatedTimeSeconds": .int(c.estimatedTimeSeconds),
                    "isActive": .bool(c.isActive), "maxImages": .int(c.maxImages), "defaultOutputs": .int(c.defaultOutputs),
                    "apiEndpoint": .string(c.apiEndpoint), "payloadStructure": .string(c.payloadStructure?.rawValue),
                    "logoUrl": .string(c.logoUrl), "sourcePath": .string(e.sourcePath), "page": .string(e.path),
                    "pricedParameters": .array(e.model.pricing.pricedParameters.map { .string($0) }),
                    "inputSchema": schemaJSON(e.model.inputSchema), "notes": .string(e.model.notes),
                ])
            },
        ]).documentBytes
    }

    static func costJSON(_ t: TemplateEntry) -> JSONText {
        guard let c = t.cost else { return .null }
        return .object([
            "atDefaults": .decimalString(c.atDefaults), "min": .decimalString(c.min), "max": .decimalString(c.max),
            "steps": .array(c.steps.map { s in
                .object(["stepNumber": .int(s.stepNumber), "modelRecordId": .string(s.modelRecordId),
                         "subtotal": .decimalString(s.subtotal), "min": .decimalString(s.min), "max": .decimalString(s.max)])
            }),
        ])
    }

    static func templatesJSON(_ data: SiteData) -> [UInt8] {
        let contents: [JSONText] = data.templates.filter { $0.kind == .content }.map { t in
            let c = t.content!
            return .object([
                "id": .string(c.id), "name": .string(c.name), "category": .string(c.category),
                "description": .string(c.description), "modelRecordId": .string(c.modelRecordId),
                "presetParameters": .parameters(c.presetParameters), "hiddenFieldDefaults": .parameters(c.hiddenFieldDefaults),
                "userEditableFields": .array(c.userEditableFields.map { .string($0) }), "isActive": .bool(c.isActive),
                "displayOrder": .int(c.displayOrder), "estimatedTimeSeconds": .int(c.estimatedTimeSeconds),
                "page": .string(t.path), "cost": costJSON(t), "costError": .string(t.costError),
            ])
        }
        let workflows: [JSONText] = data.templates.filter { $0.kind == .workflow }.map { t in
            let w = t.workflow!
            return .object([
                "id": .string(w.id), "name": .string(w.name), "category": .string(w.category),
                "description": .string(w.description), "isActive": .bool(w.isActive),
                "displayOrder": .int(w.displayOrder), "estimatedTimeSeconds": .int(w.estimatedTimeSeconds),
                "page": .string(t.path),
                "userInputFields": .array(w.userInputFields.map { f in
                    .object(["name": .string(f.name), "type": .string(f.type.rawValue), "label": .string(f.label),
                             "required": .bool(f.required), "options": f.options.map { .array($0.map(JSONText.parameter)) } ?? .null,
                             "default": f.defaultValue.map(JSONText.parameter) ?? .null, "maxFiles": .int(f.maxFiles)])
                }),
                "steps": .array(w.steps.map { s in
                    .object(["stepNumber": .int(s.stepNumber), "stepName": .string(s.stepName),
                             "modelRecordId": .string(s.modelRecordId), "parameters": .parameters(s.parameters),
                             "inputMappings": .object(s.inputMappings.mapValues { .string($0) }),
                             "outputKey": .string(s.outputKey), "promptTemplate": .string(s.promptTemplate)])
                }),
                "cost": costJSON(t), "costError": .string(t.costError),
            ])
        }
        return JSONText.object([
            "version": .int(1), "contentTemplates": .parallelArray(contents, indent: 2),
            "workflowTemplates": .parallelArray(workflows, indent: 2),
        ]).documentBytes
    }

    static func pricingJSON(_ data: SiteData) -> [UInt8] {
        let cap = data.config.maxPriceCombinations
        return JSONText.object([
            "version": .int(1),
            "models": JSONText.parallelArray(count: data.models.count, indent: 2) { i in
                let e = data.models[i]
                let p = e.pricing
                let priced = e.model.priced
                var prices: [JSONText] = []
                ModelPricing.forEachCombination(axes: p.axes, base: p.base, limit: min(cap, p.combinationsTotal)) { params in
                    let total = try? priced.total(params)
                    prices.append(.object(["parameters": .parameters(params), "total": .decimalString(total)]))
                }
                return .object([
                    "recordId": .string(e.config.recordId), "baseTokenCost": .decimalString(e.config.baseTokenCost),
                    "explanation": .string(e.model.pricing.explanation(baseTokenCost: e.config.baseTokenCost)),
                    "pricedParameters": .array(e.model.pricing.pricedParameters.map { .string($0) }),
                    "atDefaults": .decimalString(p.atDefaults), "min": .decimalString(p.min), "max": .decimalString(p.max),
                    "rangeComplete": .bool(p.isRangeComplete), "combinationsTotal": .int(p.combinationsTotal),
                    "prices": .array(prices),
                ])
            },
        ]).documentBytes
    }
}

/// `404.html` and `sitemap.xml`.
enum MiscPages {
    static func notFound(_ data: SiteData) -> (PageFrame, Ctx) {
        var frame = PageFrame(path: "404.html", title: "Page not found", section: .none,
                              description: "This page does not exist.")
        // A 404 page is served at any depth: absolute links when the base URL is known.
        frame.absoluteRoot = data.config.normalizedBaseURL
        return (frame, ["homeHref": frame.href(SitePaths.dashboard), "modelsHref": frame.href(SitePaths.models)])
    }

    static func sitemap(paths: [String], baseURL: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths {
            out += "  <url><loc>\(Escape.html(baseURL + SitePaths.percentEncodePath(path)))</loc></url>\n"
        }
        out += "</urlset>\n"
        return out
    }
}
