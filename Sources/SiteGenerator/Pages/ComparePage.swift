import ModelRegistry
import TokenPricing

/// `models/compare.html`: 2 to 4 models side by side, chosen in the catalogue and named in the
/// URL (`?ids=<record id>,<record id>`). A static page: it embeds a small index (each paged
/// model's record id and the script holding its comparison data), and `assets/compare.js`
/// loads only the chosen models' scripts (`models/compare-data/<slug>.js`) and renders them.
/// Scripts rather than JSON files because a `<script src>` loads from `file://` too, where
/// `fetch` is refused; one file per model rather than everything in the page because the page
/// would otherwise carry every model's matrices (17 MB at 10,000 models) to show four, and be
/// rewritten whenever any model changes. Without JavaScript it says so and links every model
/// page.
enum ComparePage {
    /// The most models a comparison shows.
    static let maxModels = 4

    /// The page's frame: the data scripts are loaded by this page, so their links are
    /// relative to it too.
    static let frame = PageFrame(
        path: SitePaths.compare, title: "Compare models", section: .models,
        description: "Two to four models side by side: configuration, parameters, pricing rules and price matrices.")

    static func build(_ data: SiteData) -> (PageFrame, Ctx) {
        let links: [Ctx] = data.pagedModels.map { ["name": $0.displayName, "href": frame.href($0.path), "recordId": $0.model.recordId] }
        var page: Ctx = [
            "catalogueHref": frame.href(SitePaths.models),
            "modelLinks": links,
            "maxModels": maxModels,
            "scriptHref": frame.href("assets/compare.js"),
        ]
        page[html: .compareDataHtml] = indexScript(data)
        return (frame, page)
    }

    /// The embedded index, safe inside `<script type="application/json">`: `<`, `>` and `&`
    /// only occur inside JSON strings, where `\u003c`… mean the same characters.
    static func indexScript(_ data: SiteData) -> SafeHTML {
        let index = CompareIndex(
            models: data.pagedModels.map { [$0.model.recordId, frame.href(SitePaths.compareData(recordId: $0.model.recordId))] },
            unit: data.config.token.plural)
        // Encoding `[[String]]` and a `String` cannot fail.
        let json = (try? ExactJSONEncoder(compact: true).encode(index)) ?? Array(#"{"error":"the index could not be encoded"}"#.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(json.count + 64)
        for byte in json where byte != UInt8(ascii: "\n") {
            switch byte {
            case UInt8(ascii: "<"): out += Array(#"\u003c"#.utf8)
            case UInt8(ascii: ">"): out += Array(#"\u003e"#.utf8)
            case UInt8(ascii: "&"): out += Array(#"\u0026"#.utf8)
            default: out.append(byte)
            }
        }
        return SafeHTML(trusted: String(decoding: out, as: UTF8.self))
    }

    /// `models/compare-data/<slug>.js`: one statement that files the model's comparison data
    /// under its record id, `(window.AdminCompareData = window.AdminCompareData || {})["id"] =
    /// {…};`. JSON is a JavaScript expression, and the file is a script of its own, so
    /// nothing in it needs HTML escaping.
    static func dataScript(_ e: ModelEntry, data: SiteData, views: ModelViews) throws -> [UInt8] {
        let encoder = ExactJSONEncoder(compact: true)
        // Each document ends with a newline, which the statement leaves out.
        var out = Array("(window.AdminCompareData = window.AdminCompareData || {})[".utf8)
        let id = try encoder.encode(e.model.recordId)
        out += id[..<(id.count - 1)]
        out += "] = ".utf8
        var json = try encoder.encode(CompareModel(e, data: data, frame: frame, views: views), capacity: 8192)
        json.removeLast()
        out.reserveCapacity(out.count + json.count + 2)
        out += json
        out += ";\n".utf8
        return out
    }
}

/// What `compare.html` embeds: every paged model's record id and data script (relative to
/// the page), and the token's plural.
struct CompareIndex: Encodable {
    var models: [[String]]
    var unit: String
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

    init(_ e: ModelEntry, data: SiteData, frame: PageFrame, views: ModelViews) {
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
        summary = views.explanation
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
        rule = views.ruleSteps.map { step in
            let table = step.rows.map { $0.joined(separator: " · ") }.joined(separator: "; ")
            return [step.title, step.detail, table]
        }
        matrices = views.matrices
    }
}
