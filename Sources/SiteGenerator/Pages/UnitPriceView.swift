import TokenPricing

/// How pages show a model's `UnitPrice`: the model page's section (the catalogue cell is
/// `UnitPriceCell`).
enum UnitPriceView {
    /// The model page's "Price per unit" view.
    static func section(_ price: UnitPrice?, unit: TokenUnit) -> Ctx {
        guard let price else {
            return ["hasUnitPrice": false, "unitPriceNone": "The rule gives no price per second, image, 1,000 characters or minute: compare this model by its price per call."]
        }
        var ctx: Ctx = [
            "hasUnitPrice": true,
            "unitPricePer": price.per.label,
            "unitPriceExplanation": price.explanation,
            "hasUnitPriceDefaults": price.atDefaults != nil,
            "hasUnitPriceRows": !price.rows.isEmpty,
            "unitPriceSource": price.source,
        ]
        if let r = price.atDefaults {
            let d = r.display
            ctx["unitPriceText"] = d.text
            ctx["unitPriceExact"] = r.fraction.map { "exactly \($0)" } ?? (d.inexact ? "exactly \(r.value)" : "")
            ctx["hasUnitPriceExact"] = d.inexact
        } else {
            ctx["unitPriceText"] = "—"
            ctx["unitPriceExact"] = ""
            ctx["hasUnitPriceExact"] = false
        }
        ctx["unitPriceRows"] = price.rows.map { row -> Ctx in
            let d = row.ratio.display
            return [
                "value": Format.value(row.value), "price": Format.cost(row.price), "priceRaw": row.price.description,
                "text": d.text, "raw": row.ratio.text, "inexact": d.inexact, "title": d.title,
            ]
        }
        return ctx
    }
}

/// A model's unit price as a catalogue or listing cell, the view of
/// `partials/unit-price-cell`: `text` ("0.40", or "—"), `raw` (the value to sort by, empty for
/// none), `per` ("/ s"), `title` (exactly what, per what). Formatted once per model (`ModelEntry`), since the catalogue, the
/// provider page and the content-type page all show it.
struct UnitPriceCell: Sendable {
    let has: Bool
    let text: String
    let raw: String
    let per: String
    let perRaw: String
    let title: String

    init(_ price: UnitPrice?, unit: TokenUnit) {
        guard let price, let ratio = price.atDefaults else {
            (has, text, raw, per, perRaw, title) = (false, "—", "", "", "", "No price per unit: the rule does not give one")
            return
        }
        let d = ratio.display
        (has, text, raw, per, perRaw) = (true, d.text, ratio.text, price.per.short, price.per.rawValue)
        title = "\(d.title) \(unit.plural) \(price.per.label) (\(price.source))"
    }

    var context: Ctx { ["has": has, "text": text, "raw": raw, "per": per, "perRaw": perRaw, "title": title] }
}
