import ModelRegistry
import TokenPricing

/// `models/compare.html`: 2 to 4 models side by side, chosen in the catalogue and named in the
/// URL (`?ids=<record id>,<record id>`). A static page: it embeds every paged model's
/// comparison data as JSON (`CompareDocument`) and `assets/compare.js` renders the chosen
/// ones, so it works from `file://` too. Without JavaScript it says so and links every model
/// page.
enum ComparePage {
    /// The most models a comparison shows.
    static let maxModels = 4

    static func build(_ data: SiteData) -> (PageFrame, Ctx) {
        let frame = PageFrame(
            path: SitePaths.compare, title: "Compare models", section: .models,
            description: "Two to four models side by side: configuration, parameters, pricing rules and price matrices.")
        let links: [Ctx] = data.pagedModels.map { ["name": $0.displayName, "href": frame.href($0.path), "recordId": $0.model.recordId] }
        var page: Ctx = [
            "catalogueHref": frame.href(SitePaths.models),
            "modelLinks": links,
            "maxModels": maxModels,
            "scriptHref": frame.href("assets/compare.js"),
        ]
        page[html: .compareDataHtml] = SafeHTML(trusted: dataScript(data, frame: frame))
        return (frame, page)
    }

    /// The embedded JSON, safe inside `<script type="application/json">`: `<`, `>` and `&`
    /// only occur inside JSON strings, where `\u003c`… mean the same characters.
    static func dataScript(_ data: SiteData, frame: PageFrame) -> String {
        let json: String
        do {
            json = String(decoding: try ExactJSONEncoder(compact: true).encode(CompareDocument(data, frame: frame)), as: UTF8.self)
        } catch {
            json = String(decoding: (try? ExactJSONEncoder(compact: true).encode(["error": "\(error)"])) ?? [], as: UTF8.self)
        }
        var out = ""
        out.reserveCapacity(json.utf8.count + 64)
        for ch in json.unicodeScalars {
            switch ch {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}

/// What `assets/compare.js` reads: the token's plural and every paged model.
struct CompareDocument: Encodable {
    var models: [CompareModel]
    var unit: String

    init(_ data: SiteData, frame: PageFrame) {
        models = data.pagedModels.map { CompareModel($0, data: data, frame: frame) }
        unit = data.config.token.plural
    }
}

/// One model as the compare page shows it: every value is display text the site made (the
/// same as the model page's), never re-formatted by the script.
struct CompareModel: Encodable {
    var atDefaults: String
    var baseCost: String
    /// (label, value) rows of the configuration, in a fixed order.
    var config: [[String]]
    /// The model page, relative to `models/`.
    var href: String
    var id: String
    var matrices: [MatrixView]
    var name: String
    /// (name, type, default, allowed values or range, "yes" when it moves the price).
    var parameters: [[String]]
    var range: String
    /// The rule as steps: (title, detail, table as text).
    var rule: [[String]]
    /// `PricingRule.explanation`, the one-sentence form.
    var summary: String
    /// "0.67 tokens per second", or "—".
    var unitPrice: String

    init(_ e: ModelEntry, data: SiteData, frame: PageFrame) {
        let c = e.config
        let unit = data.config.token
        id = c.recordId
        name = e.displayName
        href = frame.href(e.path)
        baseCost = e.baseCost.text
        atDefaults = e.atDefaultsCost.text
        range = e.pricing.min.flatMap { lo in e.pricing.max.map { Format.costRange(min: lo, max: $0) } } ?? "—"
        if let p = e.unitPrice, let r = p.atDefaults {
            unitPrice = "\(r.display.text) \(unit.plural) \(p.per.label)" + (r.fraction.map { " (exactly \($0))" } ?? "")
        } else {
            unitPrice = "—"
        }
        summary = e.model.pricing.explanation(baseTokenCost: c.baseTokenCost)
        var rows: [[String]] = [
            ["Record ID", c.recordId],
            ["Provider", c.provider.displayName],
            ["Content type", c.contentType.displayName],
            ["Family", c.modelFamily ?? "—"],
            ["Variant", c.variantName ?? "—"],
            ["Status", c.isActive ? "active" : "inactive"],
            ["Estimated time", Format.duration(seconds: c.estimatedTimeSeconds)],
            ["Max images", c.maxImages.map(String.init) ?? "—"],
            ["Default outputs", c.defaultOutputs.map(String.init) ?? "—"],
        ]
        rows += ModelPage.configLimitRows(c)
        config = rows
        let priced = Set(e.model.pricing.pricedParameters)
        parameters = e.model.inputSchema.properties.map { prop in
            let allowed = prop.allowedValues.map { $0.map(\.displayText).joined(separator: ", ") } ?? prop.rangeText ?? "—"
            return [prop.name, prop.type.rawValue, prop.defaultValue?.displayText ?? "—", allowed, priced.contains(prop.name) ? "yes" : ""]
        }
        rule = RuleSteps.steps(e.model, unit: unit).map { step in
            let table = step.rows.map { $0.joined(separator: " · ") }.joined(separator: "; ")
            return [step.title, step.detail, table]
        }
        matrices = ModelPage.matrices(e, unit: unit)
    }
}
