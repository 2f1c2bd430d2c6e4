import Integrity
import MarkdownDocs
import ModelRegistry
import TokenPricing

/// `api/index.html` and the JSON files it documents.
///
/// Stable shapes (version 1; fields are only ever added). Decimal amounts are JSON strings with
/// every digit (`"3.5"`), never binary floats; keys are sorted; absent values are `null`. The
/// files are compact (no whitespace; they reach tens of megabytes at 10,000 models) and end
/// with a newline.
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
/// `api/pricing.json`: the portable pricing form (Docs/PORTABLE-PRICING.md),
/// `{"formatVersion": 1, "models": [{"config", "inputSchema", "rule", "notes"}]}`: everything a
/// service needs to price any call exactly, in any language (`PortablePricingFile` reads it).
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
             "shape": "{\"formatVersion\": 1, \"models\": [{\"config\": {\"recordId\", \"modelName\", \"baseTokenCost\", \"isActive\", …}, \"inputSchema\": {\"properties\": […], \"required\"}, \"rule\": {\"basis\", \"factors\": […], \"minimumCharge\", \"rounding\"}, \"notes\"}]}",
             "about": "The portable pricing form: every model's config, input schema and pricing rule, enough to price any call exactly without the Swift registry (see the Portable pricing doc)."],
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

    /// A model's input schema as JSON (keys sorted by hand, as `JSONText` sorts them).
    static func writeSchema(_ schema: InputSchema, into w: inout JSONWriter) {
        w.beginObject()
        w.key("imageInputField"); w.string(schema.imageInputField)
        w.key("properties")
        w.beginArray()
        for p in schema.properties {
            w.element()
            w.beginObject()
            w.key("default"); if let v = p.defaultValue { w.parameter(v) } else { w.null() }
            w.key("description"); w.string(p.description)
            w.key("enum")
            if let values = p.allowedValues {
                w.beginArray()
                for v in values { w.element(); w.parameter(v) }
                w.endArray()
            } else {
                w.null()
            }
            w.key("format"); w.string(p.format)
            w.key("maxLength"); w.int(p.maxLength)
            w.key("maximum"); w.decimal(p.maximum)
            w.key("minimum"); w.decimal(p.minimum)
            w.key("name"); w.string(p.name)
            w.key("renderer"); w.string(p.renderer)
            w.key("showToUser"); w.bool(p.showToUser)
            w.key("title"); w.string(p.title)
            w.key("type"); w.string(p.type.rawValue)
            w.endObject()
        }
        w.endArray()
        w.key("required"); w.strings(schema.required)
        w.endObject()
    }

    /// `api/models.json`, written from the typed values (the same bytes as a `JSONText` tree
    /// with sorted keys: the keys below are in that order).
    static func modelsJSON(_ data: SiteData) -> [UInt8] {
        JSONWriter.versionedArrayDocument(key: "models", count: data.models.count, bytesPerElement: 2500, compact: true) { i, w in
            let e = data.models[i]
            let c = e.config
            w.beginObject()
            w.key("apiEndpoint"); w.string(c.apiEndpoint)
            w.key("baseTokenCost"); w.decimalString(c.baseTokenCost)
            w.key("contentType"); w.string(c.contentType.rawValue)
            w.key("contentTypeName"); w.string(c.contentType.displayName)
            w.key("defaultOutputs"); w.int(c.defaultOutputs)
            w.key("displayName"); w.string(c.displayName)
            w.key("displayOrderInFamily"); w.int(c.displayOrderInFamily)
            w.key("estimatedTimeSeconds"); w.int(c.estimatedTimeSeconds)
            w.key("inputSchema"); writeSchema(e.model.inputSchema, into: &w)
            w.key("isActive"); w.bool(c.isActive)
            w.key("logoUrl"); w.string(c.logoUrl)
            w.key("maxImages"); w.int(c.maxImages)
            w.key("modelFamily"); w.string(c.modelFamily)
            w.key("modelId"); w.string(c.modelId)
            w.key("modelName"); w.string(c.modelName)
            w.key("notes"); w.string(e.model.notes)
            w.key("page"); w.string(e.path)
            w.key("payloadStructure"); w.string(c.payloadStructure?.rawValue)
            w.key("pricedParameters"); w.strings(e.model.pricing.pricedParameters)
            w.key("provider"); w.string(c.provider.rawValue)
            w.key("providerName"); w.string(c.provider.displayName)
            w.key("recordId"); w.string(c.recordId)
            w.key("sourcePath"); w.string(e.sourcePath)
            w.key("variantName"); w.string(c.variantName)
            w.endObject()
        }
    }

    /// A template's cost as `JSONText` would write it (keys sorted by hand).
    static func writeCost(_ t: TemplateEntry, into w: inout JSONWriter) {
        guard let c = t.cost else { w.null(); return }
        w.beginObject()
        w.key("atDefaults"); w.decimalString(c.atDefaults)
        w.key("max"); w.decimalString(c.max)
        w.key("min"); w.decimalString(c.min)
        w.key("steps")
        w.beginArray()
        for s in c.steps {
            w.element()
            w.beginObject()
            w.key("max"); w.decimalString(s.max)
            w.key("min"); w.decimalString(s.min)
            w.key("modelRecordId"); w.string(s.modelRecordId)
            w.key("stepNumber"); w.int(s.stepNumber)
            w.key("subtotal"); w.decimalString(s.subtotal)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// `api/templates.json`, written from the typed values (the same bytes as a `JSONText`
    /// tree with sorted keys: the keys below are in that order).
    static func templatesJSON(_ data: SiteData) -> [UInt8] {
        var w = JSONWriter(indent: 0, capacity: 64 + data.templates.count * 1100, compact: true)
        w.beginObject()
        w.key("contentTemplates")
        w.beginArray()
        for t in data.templates where t.kind == .content {
            let c = t.content!
            w.element()
            w.beginObject()
            w.key("category"); w.string(c.category)
            w.key("cost"); writeCost(t, into: &w)
            w.key("costError"); w.string(t.costError)
            w.key("description"); w.string(c.description)
            w.key("displayOrder"); w.int(c.displayOrder)
            w.key("estimatedTimeSeconds"); w.int(c.estimatedTimeSeconds)
            w.key("hiddenFieldDefaults"); w.parameters(c.hiddenFieldDefaults)
            w.key("id"); w.string(c.id)
            w.key("isActive"); w.bool(c.isActive)
            w.key("modelRecordId"); w.string(c.modelRecordId)
            w.key("name"); w.string(c.name)
            w.key("page"); w.string(t.path)
            w.key("presetParameters"); w.parameters(c.presetParameters)
            w.key("userEditableFields"); w.strings(c.userEditableFields)
            w.endObject()
        }
        w.endArray()
        w.key("version"); w.int(1)
        w.key("workflowTemplates")
        w.beginArray()
        for t in data.templates where t.kind == .workflow {
            let wf = t.workflow!
            w.element()
            w.beginObject()
            w.key("category"); w.string(wf.category)
            w.key("cost"); writeCost(t, into: &w)
            w.key("costError"); w.string(t.costError)
            w.key("description"); w.string(wf.description)
            w.key("displayOrder"); w.int(wf.displayOrder)
            w.key("estimatedTimeSeconds"); w.int(wf.estimatedTimeSeconds)
            w.key("id"); w.string(wf.id)
            w.key("isActive"); w.bool(wf.isActive)
            w.key("name"); w.string(wf.name)
            w.key("page"); w.string(t.path)
            w.key("steps")
            w.beginArray()
            for s in wf.steps {
                w.element()
                w.beginObject()
                w.key("inputMappings")
                w.beginObject()
                for k in s.inputMappings.keys.sorted() { w.key(k); w.string(s.inputMappings[k]!) }
                w.endObject()
                w.key("modelRecordId"); w.string(s.modelRecordId)
                w.key("outputKey"); w.string(s.outputKey)
                w.key("parameters"); w.parameters(s.parameters)
                w.key("promptTemplate"); w.string(s.promptTemplate)
                w.key("stepName"); w.string(s.stepName)
                w.key("stepNumber"); w.int(s.stepNumber)
                w.endObject()
            }
            w.endArray()
            w.key("userInputFields")
            w.beginArray()
            for f in wf.userInputFields {
                w.element()
                w.beginObject()
                w.key("default"); if let v = f.defaultValue { w.parameter(v) } else { w.null() }
                w.key("label"); w.string(f.label)
                w.key("maxFiles"); w.int(f.maxFiles)
                w.key("name"); w.string(f.name)
                w.key("options")
                if let options = f.options {
                    w.beginArray()
                    for v in options { w.element(); w.parameter(v) }
                    w.endArray()
                } else {
                    w.null()
                }
                w.key("required"); w.bool(f.required)
                w.key("type"); w.string(f.type.rawValue)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.finishDocument()
    }

    /// `api/pricing.json`: the registry in the portable form, compact, one model at a time
    /// (the same bytes as `PortablePricingFile.encoded(style: .compact)`).
    static func pricingJSON(_ data: SiteData) -> [UInt8] {
        var out = #"{"formatVersion":\#(Portable.formatVersion),"models":["#
        for (i, e) in data.models.enumerated() {
            if i > 0 { out += "," }
            out += PortableJSON.write(e.model.portable.portableValue, style: .compact).dropLast()
        }
        out += "]}\n"
        return Array(out.utf8)
    }
}
