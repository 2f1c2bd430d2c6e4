import ModelRegistry
import TokenPricing

/// A model's price per unit of what it makes or reads (per second of video, per image, per
/// 1,000 characters, per minute of audio), so that models priced in different shapes can be
/// compared. Derived from the rule's structure, never guessed: a rule that gives no such unit
/// has none (`UnitPrice.derive` returns `nil`).
///
/// Two derivations, in this order of preference for each unit (characters, then seconds or
/// minutes, then images):
/// - `rate`: a per-unit or usage factor makes the price proportional to the quantity. The
///   price per unit is the rule without that factor, its minimum charge and its rounding, at
///   the other parameters' defaults, divided by the factor's unit size (× 1,000 for
///   characters). It is the list rate: a call below the minimum charge pays more per unit.
/// - `perCall`: a numeric parameter with a known unit is one of the price's axes (a price
///   table or a multiplier over `duration`). Each listed value's price (as charged: minimum
///   and rounding included) is divided by the value; the price at defaults is the default
///   value's row, and there is none when the parameter has no default.
/// A rule with a surcharge is never given a `rate`: it adds rather than multiplies.
struct UnitPrice: Sendable {
    /// The unit the price is per.
    enum Per: String, Sendable, Hashable, CaseIterable {
        case second, minute, image
        case thousandCharacters = "1000 characters"

        /// "per second", "per 1,000 characters".
        var label: String {
            switch self {
            case .second: return "per second"
            case .minute: return "per minute"
            case .image: return "per image"
            case .thousandCharacters: return "per 1,000 characters"
            }
        }

        /// "s", "min", "image", "1k chars": a table cell's short suffix.
        var short: String {
            switch self {
            case .second: return "/ s"
            case .minute: return "/ min"
            case .image: return "/ image"
            case .thousandCharacters: return "/ 1k chars"
            }
        }
    }

    /// How the price per unit was found.
    enum Method: String, Sendable, Hashable {
        case rate, perCall
    }

    /// One listed value of a `perCall` axis: the call's price and the price per unit.
    struct Row: Sendable {
        var value: ParameterValue
        var quantity: ExactDecimal
        var price: ExactDecimal
        var ratio: ExactRatio
    }

    var per: Per
    var method: Method
    /// The parameter (or usage quantity) the price is per.
    var source: String
    /// What is counted, for sentences: "second of video", "second of the input audio's duration".
    var measured: String
    /// The price per unit at the other parameters' defaults; `nil` when the defaults do not
    /// fix the quantity (a `perCall` axis without a default).
    var atDefaults: ExactRatio?
    /// For `perCall`, one row per listed value, in the axis's order.
    var rows: [Row]

    /// One sentence saying how the figure was found, for the model page.
    var explanation: String {
        switch method {
        case .rate:
            return "The rule charges per \(measured) (\(source)): the rate, at the other parameters' defaults, before any minimum charge and rounding."
        case .perCall:
            return "A call's price divided by its \(source) in \(per == .image ? "images" : per == .minute ? "minutes" : "seconds"), for each value, the other parameters at their defaults."
        }
    }

    /// The model's price per unit, or `nil` when its rule gives none.
    static func derive(model m: ModelDefinition, priced: PricedModel, pricing: ModelPricing) -> UnitPrice? {
        let rule = m.pricing
        let output = m.config.contentType.outputKind
        func per(_ unit: QuantityUnit?) -> Per? {
            switch unit?.kind {
            case .second?: return .second
            case .minute?: return .minute
            case .image?: return .image
            case .result?: return output == "image" ? .image : nil
            case .character?: return .thousandCharacters
            default: return nil
            }
        }
        struct Proportional { var index: Int; var per: Per; var unitSize: ExactDecimal; var source: String; var measured: String }
        var proportional: [Proportional] = []
        for (i, factor) in rule.factors.enumerated() {
            switch factor {
            case .perUnit(let p):
                let unit = p.measure == .characters ? QuantityUnit.character : QuantityUnit.of(parameter: p.parameter, in: m)
                if let k = per(unit) {
                    let what = k == .thousandCharacters ? "1,000 characters of \(p.parameter)" : "\(k.rawValue) of \(k == .image ? "output" : output)"
                    proportional.append(Proportional(index: i, per: k, unitSize: p.unitSize, source: p.parameter, measured: what))
                }
            case .usage(let u):
                if let k = per(.of(u.quantity)) {
                    proportional.append(Proportional(
                        index: i, per: k, unitSize: 1, source: u.quantity.rawValue, measured: "\(k.rawValue) of \(u.quantity.measured)"))
                }
            default:
                break
            }
        }
        let hasSurcharge = rule.factors.contains { if case .surcharge = $0 { true } else { false } }
        for kind in [Per.thousandCharacters, .second, .minute, .image] {
            if let c = proportional.first(where: { $0.per == kind }) {
                guard !hasSurcharge else { return nil }
                var bare = rule
                bare.factors.remove(at: c.index)
                bare.minimumCharge = nil
                bare.rounding = nil
                let model = PricedModel(
                    recordId: m.recordId, name: m.config.displayName, baseTokenCost: m.config.baseTokenCost,
                    schema: m.inputSchema, rule: bare, isActive: m.config.isActive)
                guard let amount = try? model.total(pricing.base),
                      let perMeasure = kind == .thousandCharacters ? amount.multiplied(by: 1000) : amount,
                      let ratio = ExactRatio(perMeasure, c.unitSize) else { return nil }
                return UnitPrice(per: kind, method: .rate, source: c.source, measured: c.measured, atDefaults: ratio, rows: [])
            }
            guard kind != .thousandCharacters else { continue }
            let axis = pricing.axes.first { axis in
                per(QuantityUnit.of(parameter: axis.name, in: m)) == kind && !axis.values.isEmpty
                    && axis.values.allSatisfy { (QuantityUnit.number($0) ?? .zero) > .zero }
            }
            guard let axis else { continue }
            var rows: [Row] = []
            for v in axis.values {
                var params = pricing.base
                params[axis.name] = v
                guard case .success(let price) = pricing.price(params, with: priced), let q = QuantityUnit.number(v),
                      let ratio = ExactRatio(price, q) else { continue }
                rows.append(Row(value: v, quantity: q, price: price, ratio: ratio))
            }
            guard !rows.isEmpty else { continue }
            let atDefaults = pricing.base[axis.name].flatMap { d in rows.first { $0.value == d }?.ratio }
            let what = "\(kind.rawValue) of \(kind == .image ? "output" : output)"
            return UnitPrice(per: kind, method: .perCall, source: axis.name, measured: what, atDefaults: atDefaults, rows: rows)
        }
        return nil
    }
}
