/// `PricingRule` in the portable form (Docs/PORTABLE-PRICING.md):
///
///     {"basis": {"kind": "baseTokenCost"},
///      "factors": [{"kind": "multiplier", "parameter": "duration",
///                   "table": [{"key": "5", "factor": "1"}, {"key": "10", "factor": "2"}],
///                   "whenAbsent": "5", "otherwise": "1"}],
///      "minimumCharge": "1", "rounding": {"places": 2, "mode": "halfAwayFromZero"}}
///
/// Tables are arrays, not objects, because their order is part of the rule (it is the order
/// the site shows, and a later duplicate key replaces an earlier one).
extension PricingRule {
    /// The rule as a JSON value of the portable form.
    public var portableValue: ParameterValue {
        var o: [String: ParameterValue] = [:]
        o["basis"] = basis.portableValue
        o["factors"] = .array(factors.map(\.portableValue))
        o.setIfPresent("minimumCharge", minimumCharge.map(ParameterValue.portableDecimal))
        if let rounding {
            o["rounding"] = .object(["places": .number(ExactDecimal(rounding.places)), "mode": .string(rounding.mode.rawValue)])
        }
        return .object(o)
    }

    /// Reads a rule of the portable form at `path`.
    /// - Throws: `PortableFormatError` naming the key path of the first problem.
    public init(portable value: ParameterValue, at path: String = "") throws(PortableFormatError) {
        var f = try PortableFields(value, at: path)
        let basis = try f.required("basis") { v, p throws(PortableFormatError) in try PriceBasis(portable: v, at: p) }
        let factors = try f.optional("factors") { v, p throws(PortableFormatError) in
            try Portable.array(v, p) { v, p throws(PortableFormatError) in try PriceFactor(portable: v, at: p) }
        } ?? []
        let minimum = try f.optional("minimumCharge", Portable.decimal)
        let rounding = try f.optional("rounding") { v, p throws(PortableFormatError) in try RoundingRule(portable: v, at: p) }
        try f.finish()
        self.init(basis: basis, factors: factors, minimumCharge: minimum, rounding: rounding)
    }
}

extension RoundingRule {
    /// Reads `{"places": 2, "mode": "halfAwayFromZero"}`; places must be 0…30.
    init(portable value: ParameterValue, at path: String) throws(PortableFormatError) {
        var f = try PortableFields(value, at: path)
        let places = try f.required("places", Portable.int)
        guard (0...ExactDecimal.maxScale).contains(places) else {
            throw PortableFormatError(keyPath: f.path(of: "places"), message: "expected 0 to \(ExactDecimal.maxScale) decimal places, found \(places)")
        }
        let mode = try f.optional("mode") { v, p throws(PortableFormatError) in
            try Portable.choice(v, p, RoundingMode.allCases.map { ($0.rawValue, $0) }, what: "rounding mode")
        } ?? .halfAwayFromZero
        try f.finish()
        self.init(places: places, mode: mode)
    }
}

extension PriceBasis {
    /// The kinds of basis, as the portable form names them.
    public static let portableKinds = ["baseTokenCost", "priceTable", "rate"]

    /// `{"kind": "baseTokenCost"}`, `{"kind": "rate", "rate": "0.1"}` or
    /// `{"kind": "priceTable", "parameters", "rows", "whenAbsent", "otherwise"}`.
    public var portableValue: ParameterValue {
        switch self {
        case .baseTokenCost:
            return .object(["kind": "baseTokenCost"])
        case .rate(let rate):
            return .object(["kind": "rate", "rate": .portableDecimal(rate)])
        case .priceTable(let t):
            var o: [String: ParameterValue] = ["kind": "priceTable", "parameters": .portableStrings(t.parameters)]
            o["rows"] = .array(t.rows.map { .object(["keys": .portableStrings($0.keys), "price": .portableDecimal($0.price)]) })
            if !t.whenAbsent.isEmpty { o["whenAbsent"] = .object(t.whenAbsent) }
            o.setIfPresent("otherwise", t.otherwise.map(ParameterValue.portableDecimal))
            return .object(o)
        }
    }

    /// Reads a basis of the portable form at `path`.
    public init(portable value: ParameterValue, at path: String) throws(PortableFormatError) {
        var f = try PortableFields(value, at: path)
        let kind = try f.required("kind") { v, p throws(PortableFormatError) in
            try Portable.choice(v, p, PriceBasis.portableKinds.map { ($0, $0) }, what: "kind")
        }
        switch kind {
        case "baseTokenCost":
            try f.finish()
            self = .baseTokenCost
            return
        case "rate":
            let rate = try f.required("rate", Portable.decimal)
            guard rate > .zero else { throw PortableFormatError(keyPath: f.path(of: "rate"), message: "expected a rate above 0, found \(rate)") }
            try f.finish()
            self = .rate(rate)
            return
        default:
            break
        }
        let parameters = try f.required("parameters", Portable.strings)
        guard !parameters.isEmpty else {
            throw PortableFormatError(keyPath: f.path(of: "parameters"), message: "a price table reads at least one parameter, found none")
        }
        let rows = try f.required("rows") { v, p throws(PortableFormatError) in
            try Portable.array(v, p) { v, p throws(PortableFormatError) -> PriceTableRow in
                var r = try PortableFields(v, at: p)
                let keys = try r.required("keys", Portable.strings)
                guard keys.count == parameters.count else {
                    throw PortableFormatError(keyPath: r.path(of: "keys"), message: "expected \(parameters.count) key\(parameters.count == 1 ? "" : "s") (one per parameter), found \(keys.count)")
                }
                let price = try r.required("price", Portable.decimal)
                try r.finish()
                return PriceTableRow(keys, price)
            }
        }
        let whenAbsent = try f.optional("whenAbsent") { v, p throws(PortableFormatError) in try Portable.dictionary(v, p, Portable.value) } ?? [:]
        if let stray = whenAbsent.keys.sorted().first(where: { !parameters.contains($0) }) {
            throw PortableFormatError(keyPath: Portable.path(f.path(of: "whenAbsent"), stray), message: "not one of the table's parameters (\(parameters.joined(separator: ", ")))")
        }
        let otherwise = try f.optional("otherwise", Portable.decimal)
        try f.finish()
        do throws(PriceTableError) {
            self = .priceTable(try PriceTable(parameters: parameters, rows: rows, whenAbsent: whenAbsent, otherwise: otherwise))
        } catch {
            let key = error.row.map { Portable.path(f.path(of: "rows"), $0) } ?? f.path(of: "parameters")
            throw PortableFormatError(keyPath: key, message: error.message)
        }
    }
}

extension PriceFactor {
    /// The kinds of factor, as the portable form names them.
    public static let portableKinds = ["multiplier", "perUnit", "surcharge", "usage"]

    /// The factor as a JSON value of the portable form.
    public var portableValue: ParameterValue {
        var o: [String: ParameterValue] = [:]
        if case .usage = self {} else { o["parameter"] = .string(parameter) }
        switch self {
        case .multiplier(let m):
            o["kind"] = "multiplier"
            o["table"] = .array(m.table.entries.map { .object(["key": .string($0.key), "factor": .portableDecimal($0.amount)]) })
            o.setIfPresent("whenAbsent", m.whenAbsent)
            o.setIfPresent("otherwise", m.otherwise.map(ParameterValue.portableDecimal))
        case .perUnit(let u):
            o["kind"] = "perUnit"
            o["measure"] = .string(u.measure.rawValue)
            o["unitSize"] = .portableDecimal(u.unitSize)
            o["roundUnitsUp"] = .bool(u.roundUnitsUp)
            o.setIfPresent("unitName", u.unitName.map(ParameterValue.string))
            o.setIfPresent("whenAbsent", u.whenAbsent)
            if !u.fallbacks.isEmpty { o["fallbacks"] = .portableStrings(u.fallbacks) }
            o.setIfPresent("itemField", u.itemField.map(ParameterValue.string))
            o.setIfPresent("limits", u.limits?.portableValue)
        case .usage(let u):
            o["kind"] = "usage"
            o["quantity"] = .string(u.quantity.rawValue)
            o["assumed"] = .portableDecimal(u.assumed)
            o.setIfPresent("limits", u.limits?.portableValue)
        case .surcharge(let s):
            o["kind"] = "surcharge"
            o["included"] = .portableDecimal(s.included)
            o["ratePerUnit"] = .portableDecimal(s.ratePerUnit)
            o.setIfPresent("unitName", s.unitName.map(ParameterValue.string))
            o.setIfPresent("whenAbsent", s.whenAbsent)
        }
        return .object(o)
    }

    /// Reads a factor of the portable form at `path`.
    public init(portable value: ParameterValue, at path: String) throws(PortableFormatError) {
        var f = try PortableFields(value, at: path)
        let kind = try f.required("kind") { v, p throws(PortableFormatError) in
            try Portable.choice(v, p, PriceFactor.portableKinds.map { ($0, $0) }, what: "kind")
        }
        if kind == "usage" {
            let quantity = try f.required("quantity") { v, p throws(PortableFormatError) in
                try Portable.choice(v, p, UsageQuantity.known.map { ($0.rawValue, $0) }, what: "usage quantity")
            }
            let assumed = try f.required("assumed", Portable.decimal)
            guard assumed > .zero else {
                throw PortableFormatError(keyPath: f.path(of: "assumed"), message: "expected an assumed quantity above 0, found \(assumed)")
            }
            let limits = try f.optional("limits") { v, p throws(PortableFormatError) in try QuantityLimits(portable: v, at: p) }
            try f.finish()
            self = .usage(UsageFactor(quantity: quantity, assumed: assumed, limits: limits))
            return
        }
        let parameter = try f.required("parameter", Portable.string)
        switch kind {
        case "multiplier":
            let entries = try f.required("table") { v, p throws(PortableFormatError) in
                try Portable.array(v, p) { v, p throws(PortableFormatError) -> (String, ExactDecimal) in
                    var e = try PortableFields(v, at: p)
                    let key = try e.required("key", Portable.string)
                    let factor = try e.required("factor", Portable.decimal)
                    try e.finish()
                    return (key, factor)
                }
            }
            var firstIndex: [String: Int] = [:]
            for (i, entry) in entries.enumerated() {
                if let earlier = firstIndex[entry.0] {
                    throw PortableFormatError(
                        keyPath: Portable.path(Portable.path(f.path(of: "table"), i), "key"),
                        message: "duplicate key '\(entry.0)' (already at table[\(earlier)])")
                }
                firstIndex[entry.0] = i
            }
            let whenAbsent = try f.optional("whenAbsent", Portable.value)
            let otherwise = try f.optional("otherwise", Portable.decimal)
            try f.finish()
            self = .multiplier(MultiplierFactor(parameter: parameter, table: ValueTable(entries), whenAbsent: whenAbsent, otherwise: otherwise))
        case "perUnit":
            let measure = try f.optional("measure") { v, p throws(PortableFormatError) in
                try Portable.choice(v, p, [("value", PerUnitFactor.Measure.value), ("characters", .characters)], what: "measure")
            } ?? .value
            let unitSize = try f.optional("unitSize", Portable.decimal) ?? 1
            guard unitSize > .zero else {
                throw PortableFormatError(keyPath: f.path(of: "unitSize"), message: "expected a unit size above 0, found \(unitSize)")
            }
            let roundUp = try f.optional("roundUnitsUp", Portable.bool) ?? false
            let unitName = try f.optional("unitName", Portable.string)
            let whenAbsent = try f.optional("whenAbsent", Portable.value)
            let fallbacks = try f.optional("fallbacks", Portable.strings) ?? []
            let itemField = try f.optional("itemField", Portable.string)
            if itemField != nil && measure != .characters {
                throw PortableFormatError(keyPath: f.path(of: "itemField"), message: "an item field is counted in characters; set \"measure\": \"characters\"")
            }
            let limits = try f.optional("limits") { v, p throws(PortableFormatError) in try QuantityLimits(portable: v, at: p) }
            try f.finish()
            self = .perUnit(PerUnitFactor(
                parameter: parameter, fallbacks: fallbacks, measure: measure, itemField: itemField, unitSize: unitSize,
                roundUnitsUp: roundUp, unitName: unitName, whenAbsent: whenAbsent, limits: limits))
        default:
            let included = try f.required("included", Portable.decimal)
            let rate = try f.required("ratePerUnit", Portable.decimal)
            let unitName = try f.optional("unitName", Portable.string)
            let whenAbsent = try f.optional("whenAbsent", Portable.value)
            try f.finish()
            self = .surcharge(LinearSurcharge(parameter: parameter, included: included, ratePerUnit: rate, unitName: unitName, whenAbsent: whenAbsent))
        }
    }
}

extension QuantityLimits {
    /// `{"minimum": "3", "maximum": "15", "maximumBy": {"parameter", "table": [{"key", "cap"}], "whenAbsent"}}`.
    public var portableValue: ParameterValue {
        var o: [String: ParameterValue] = [:]
        o.setIfPresent("minimum", minimum.map(ParameterValue.portableDecimal))
        o.setIfPresent("maximum", maximum.map(ParameterValue.portableDecimal))
        if let by = maximumBy {
            var b: [String: ParameterValue] = ["parameter": .string(by.parameter)]
            b["table"] = .array(by.table.entries.map { .object(["key": .string($0.key), "cap": .portableDecimal($0.amount)]) })
            b.setIfPresent("whenAbsent", by.whenAbsent)
            o["maximumBy"] = .object(b)
        }
        return .object(o)
    }

    /// Reads limits of the portable form at `path`; the floor may not exceed a cap.
    init(portable value: ParameterValue, at path: String) throws(PortableFormatError) {
        var f = try PortableFields(value, at: path)
        let minimum = try f.optional("minimum", Portable.decimal)
        let maximum = try f.optional("maximum", Portable.decimal)
        let by = try f.optional("maximumBy") { v, p throws(PortableFormatError) -> LimitTable in
            var b = try PortableFields(v, at: p)
            let parameter = try b.required("parameter", Portable.string)
            let entries = try b.required("table") { v, p throws(PortableFormatError) in
                try Portable.array(v, p) { v, p throws(PortableFormatError) -> (String, ExactDecimal) in
                    var e = try PortableFields(v, at: p)
                    let key = try e.required("key", Portable.string)
                    let cap = try e.required("cap", Portable.decimal)
                    try e.finish()
                    return (key, cap)
                }
            }
            let whenAbsent = try b.optional("whenAbsent", Portable.value)
            try b.finish()
            return LimitTable(parameter, ValueTable(entries), whenAbsent: whenAbsent)
        }
        try f.finish()
        guard minimum != nil || maximum != nil || by != nil else {
            throw PortableFormatError(keyPath: path, message: "expected at least one of minimum, maximum, maximumBy")
        }
        let caps = [maximum].compactMap { $0 } + (by?.table.entries.map(\.amount) ?? [])
        if let minimum, let low = caps.min(), low < minimum {
            throw PortableFormatError(keyPath: f.path(of: "minimum"), message: "the floor \(minimum) is above the cap \(low)")
        }
        self.init(minimum: minimum, maximum: maximum, maximumBy: by)
    }
}
