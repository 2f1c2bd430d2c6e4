/// `glossary.html`: the words the pages use, each under an anchor (`#<id>`) the pages link
/// their terms to. The ids are part of the site's URL contract: add, never rename.
enum GlossaryPage {
    /// One entry: its anchor, the term, what it means (plain text, escaped when rendered).
    struct Term {
        var id: String
        var term: String
        var definition: String
    }

    /// Every term, grouped as an admin meets them: the unit, how a price is made, how prices
    /// are shown, what identifies and groups a model, and the technical fields.
    static func terms(unit: TokenUnit) -> [(group: String, terms: [Term])] {
        let name = unit.name, plural = unit.plural
        let money: String
        if let value = unit.moneyValue, let currency = unit.currency {
            money = "One \(name) is worth \(TokenUnit.plain(value, minPlaces: 2)) \(currency) (the token.moneyValue of the site configuration, Site/site.json), so every price on this site also shows its money amount, multiplied exactly."
        } else {
            money = "This site does not know what a \(name) is worth in money: set token.moneyValue (a decimal string such as \"0.01\") and token.currency in Site/site.json to show the money amount beside every price."
        }
        return [
            ("The unit", [
                Term(id: "token", term: plural.prefix(1).uppercased() + plural.dropFirst(),
                     definition: "The unit every price on this site is in: a model call, a content template or a workflow run costs a number of \(plural), charged to the user's balance. Prices are exact decimals, never rounded by floating point. \(money)"),
            ]),
            ("How a price is made", [
                Term(id: "base-cost", term: "Base cost",
                     definition: "The model's starting price for one call, in \(plural), before any parameter changes it. A model whose price does not depend on its parameters costs exactly its base cost."),
                Term(id: "pricing-rule", term: "Pricing rule",
                     definition: "What a model's Swift file says about its price: the base cost (or a price table), then multipliers, per-unit rates and surcharges in the order listed, then a minimum charge, then one rounding step. The model page explains its rule in one sentence."),
                Term(id: "multiplier", term: "Multiplier",
                     definition: "A factor chosen by a parameter's value: for example a 10-second video costs twice the 5-second one (× 2). A value the table does not list uses the rule's fallback factor or cannot be priced; it is never priced as 0."),
                Term(id: "per-unit-rate", term: "Per-unit rate",
                     definition: "A price that grows with a quantity: the number of seconds or images, or the characters of a text (per 1,000 characters, say; characters are counted as the platform counts them, so an emoji is 2). A started unit may count as a whole one."),
                Term(id: "surcharge", term: "Surcharge",
                     definition: "A fixed number of \(plural) added for every unit above an included amount: \"5 seconds included, 2 \(plural) per extra second\"."),
                Term(id: "price-table", term: "Price table",
                     definition: "An absolute price read from a table over one or two parameters (resolution and duration, say) instead of the base cost."),
                Term(id: "minimum-charge", term: "Minimum charge",
                     definition: "The least a call can cost: a lower amount is raised to it after the multipliers, rates and surcharges."),
                Term(id: "rounding", term: "Rounding",
                     definition: "At most one rounding step, applied to the final amount only (for example to 2 decimals, half away from zero). Without it the exact amount is charged; the line items keep exact subtotals."),
            ]),
            ("How prices are shown", [
                Term(id: "price-at-defaults", term: "Price at defaults",
                     definition: "What a call costs when it gives no optional parameter: every parameter at its schema default."),
                Term(id: "price-range", term: "Price range (min and max cost)",
                     definition: "The lowest and highest price over every combination of the listed values of the parameters that move the price. A number without a list of values is tried at its bounds and its default, and at most the site's combination cap is priced per model (the page says when a range is partial)."),
                Term(id: "price-matrix", term: "Price matrix",
                     definition: "A table on a model page with the price for each value of one parameter (rows), or of two (rows and columns), the other parameters at their defaults."),
                Term(id: "unit-price", term: "Unit price",
                     definition: "A model's price per second of video or audio, per image, per 1,000 characters or per minute of audio, so that models priced per call, per second or by a table can be compared. It is derived from the rule and given only when the rule allows it: a per-unit or measured-usage factor gives its rate (the rule without that factor, the minimum charge and the rounding, at the other parameters' defaults); a price over a numeric duration or image count gives each value's price divided by it. A quotient whose decimals do not end is shown rounded to 6 decimals, with the exact fraction beside it (in the tooltip and api/models.json)."),
                Term(id: "compare", term: "Compare",
                     definition: "Tick 2 to 4 models in the catalogue and follow Compare: their configuration, parameters, rules and price matrices side by side (models/compare.html?ids=…, a link that can be shared)."),
                Term(id: "deliverable", term: "Deliverable (workflow output)",
                     definition: "What a workflow gives the user: every step output that no later step reads (a video clip and its soundtrack, say). An output another step consumes (a key frame animated into a clip) is an intermediate result."),
                Term(id: "inexact", term: "Shown rounded",
                     definition: "Tables show prices with two decimals; when that rounds the exact price, the cell's tooltip and the exports give every digit."),
                Term(id: "repriced", term: "Repriced",
                     definition: "A model whose locked price changed within 30 days of the newest price change. The Changes page lists every price change from the git history of the price lockfile."),
            ]),
            ("What identifies and groups a model", [
                Term(id: "record-id", term: "Record ID",
                     definition: "The permanent identifier of a registry entry (a UUID). Services and templates call a model by it, and its page is named after it. Click a shortened record ID to copy the whole one."),
                Term(id: "model-id", term: "Model ID",
                     definition: "The provider's name for the model, sent in the request. Several entries may share one (for example two variants priced differently)."),
                Term(id: "provider", term: "Provider",
                     definition: "The service that runs the model and is called for it (kie_ai, runware, lovable_ai_sync)."),
                Term(id: "content-type", term: "Content type",
                     definition: "What the model makes from what: prompt to image, image editing, prompt to video, image to video, prompt to audio."),
                Term(id: "family", term: "Family",
                     definition: "Models shown together as one product with several variants (Kling, Veo, …). Click a family to see its models in the catalogue."),
                Term(id: "variant", term: "Variant",
                     definition: "The model's name inside its family (\"V3 Pro\", \"Fast\")."),
                Term(id: "status", term: "Status",
                     definition: "Active models are offered to users; inactive ones stay in the registry (and keep their prices) but are not offered."),
                Term(id: "template", term: "Content template and workflow",
                     definition: "A content template calls one model with preset parameters; a workflow chains several steps, each calling a model. Their prices are the sums of their steps' prices."),
                Term(id: "integrity-finding", term: "Integrity finding",
                     definition: "A problem the registry check found (an error stops the build; a warning is shown on the Integrity page and the page concerned)."),
            ]),
            ("Technical details", [
                Term(id: "api-endpoint", term: "API endpoint",
                     definition: "The provider's address the platform sends the call to, when it is not the provider's default one."),
                Term(id: "payload-structure", term: "Payload structure",
                     definition: "How the platform lays out the request body for the provider: flat (parameters at the top level), wrapper (parameters inside an \"input\" object) or direct (sent as is, without the platform's task envelope). It changes nothing about the price."),
                Term(id: "logo", term: "Logo",
                     definition: "The image the apps show beside the model. A path that is not an http(s) URL is resolved by the apps, so this site shows it as text."),
                Term(id: "input-schema", term: "Input schema",
                     definition: "The parameters a call may give, with their types, defaults and allowed values; a ★ marks those that move the price."),
                Term(id: "source-file", term: "Source file",
                     definition: "The Swift file that defines the model in the registry: change it and rebuild to change the model."),
            ]),
        ]
    }

    static func build(_ data: SiteData) -> (PageFrame, Ctx) {
        let frame = PageFrame(path: SitePaths.glossary, title: "Glossary", section: .glossary,
                              description: "What the terms of the model registry admin site mean.")
        let groups: [Ctx] = terms(unit: data.config.token).enumerated().map { i, g in
            ["groupTitle": g.group, "groupId": "group-\(i + 1)",
             "terms": g.terms.map { ["id": $0.id, "term": $0.term, "definition": $0.definition] as Ctx }]
        }
        return (frame, ["groups": groups])
    }
}
