import Synchronization

/// What pricing needs to know about a model: its identity, base cost, input schema and rule.
/// The registry builds one per model; a service can also build one by hand.
public struct PricedModel: Sendable, Hashable {
    /// The registry entry's unique id.
    public var recordId: String {
        get { storage.recordId }
        set { storage = storage.with { $0.recordId = newValue } }
    }
    /// A display name for messages and breakdowns.
    public var name: String {
        get { storage.name }
        set { storage = storage.with { $0.name = newValue } }
    }
    /// The price the rule starts from.
    public var baseTokenCost: ExactDecimal {
        get { storage.baseTokenCost }
        set { storage = storage.with { $0.baseTokenCost = newValue } }
    }
    /// The parameters a call may give.
    public var schema: InputSchema {
        get { storage.schema }
        set { storage = storage.with { $0.schema = newValue } }
    }
    /// How the price moves with the parameters.
    public var rule: PricingRule {
        get { storage.rule }
        set { storage = storage.with { $0.rule = newValue } }
    }
    /// Whether the platform offers the model today (inactive models still price).
    public var isActive: Bool {
        get { storage.isActive }
        set { storage = storage.with { $0.isActive = newValue } }
    }

    /// Creates a priced model.
    public init(recordId: String, name: String, baseTokenCost: ExactDecimal, schema: InputSchema, rule: PricingRule, isActive: Bool = true) {
        storage = Storage(Fields(recordId: recordId, name: name, baseTokenCost: baseTokenCost, schema: schema, rule: rule, isActive: isActive))
    }

    /// The fields, and the schema and rule compiled for `total(_:)`'s fast path, in one
    /// immutable box: copying a model (out of an array, into a closure) is one retain instead
    /// of a dozen, and a change makes a new box, so the compiled form is never stale.
    private var storage: Storage

    private struct Fields: Sendable {
        var recordId: String
        var name: String
        var baseTokenCost: ExactDecimal
        var schema: InputSchema
        var rule: PricingRule
        var isActive: Bool
    }

    private final class Storage: Sendable {
        let fields: Fields
        /// The compiled form, retained once it is set (`AtomicLazyReference` would do the
        /// same, but its `load()` is not inlinable and costs a generic call per price).
        private let compiledOnce = Atomic<Unmanaged<CompiledPricing>?>(nil)

        init(_ fields: Fields) {
            self.fields = fields
        }

        deinit {
            compiledOnce.load(ordering: .acquiring)?.release()
        }

        /// Built on first use (a model that is only quoted, or looked up to be displayed,
        /// never pays for it), then shared by every copy; thread-safe: when two threads
        /// compile at once, one result is kept and the other released.
        /// Unmanaged: the box holds it until it is freed itself, so a caller that keeps
        /// the box alive may use it without a retain (see `total(_:)`).
        var compiled: Unmanaged<CompiledPricing> {
            if let compiled = compiledOnce.load(ordering: .acquiring) { return compiled }
            let fresh = Unmanaged.passRetained(CompiledPricing(baseTokenCost: fields.baseTokenCost, schema: fields.schema, rule: fields.rule))
            let (exchanged, original) = compiledOnce.compareExchange(expected: nil, desired: fresh, ordering: .acquiringAndReleasing)
            if exchanged { return fresh }
            fresh.release()
            return original!
        }

        var recordId: String { fields.recordId }
        var name: String { fields.name }
        var baseTokenCost: ExactDecimal { fields.baseTokenCost }
        var schema: InputSchema { fields.schema }
        var rule: PricingRule { fields.rule }
        var isActive: Bool { fields.isActive }

        func with(_ change: (inout Fields) -> Void) -> Storage {
            var f = fields
            change(&f)
            return Storage(f)
        }
    }

    /// Models are equal when their record id, name, base cost, schema, rule and activity are.
    public static func == (lhs: PricedModel, rhs: PricedModel) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.recordId == rhs.recordId && lhs.name == rhs.name && lhs.baseTokenCost == rhs.baseTokenCost
            && lhs.schema == rhs.schema && lhs.rule == rhs.rule && lhs.isActive == rhs.isActive
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(recordId)
        hasher.combine(name)
        hasher.combine(baseTokenCost)
        hasher.combine(schema)
        hasher.combine(rule)
        hasher.combine(isActive)
    }
}

/// Looks models up by record id, for pricing templates and workflows. The registry conforms.
public protocol ModelCatalog: Sendable {
    /// The model with this record id, or `nil`.
    func pricedModel(recordId: String) -> PricedModel?
}

extension PricedModel {
    /// The price of one call with `parameters`, with its breakdown.
    ///
    /// Parameters are checked against the schema first (type, enum, range, length, unknown
    /// names); required parameters may be missing, since an estimate does not need the prompt.
    /// - Throws: `PricingError` (`invalidParameter`, `noPriceForValue`, `notANumber`,
    ///   `arithmeticOverflow`, `invalidRule`); never returns 0 for something it cannot price.
    public func quote(_ parameters: [String: ParameterValue] = [:]) throws(PricingError) -> PriceQuote {
        var items: [PriceLineItem] = []
        let (total, unrounded) = try evaluate(parameters, lineItems: &items, record: true)
        return PriceQuote(modelRecordId: recordId, total: total, unrounded: unrounded, lineItems: items)
    }

    /// The price of one call, without the breakdown: the fast path for services that price
    /// in bulk. Same checks and errors as `quote(_:)`.
    ///
    /// A precompiled fast path prices ordinary valid calls (about 70 ns of CPU each, many times
    /// faster than the breakdown); anything else (an invalid value, a value a table lacks, a price-table
    /// basis, an overflow) goes through the same evaluator as `quote(_:)`, so totals and
    /// errors are identical.
    public func total(_ parameters: [String: ParameterValue] = [:]) throws(PricingError) -> ExactDecimal {
        // `storage` is alive for the whole call and owns the compiled form: no retain needed.
        let fast = withExtendedLifetime(storage) {
            storage.compiled._withUnsafeGuaranteedRef { $0.fastTotal(parameters) }
        }
        if let fast { return fast }
        var none: [PriceLineItem] = []
        return try evaluate(parameters, lineItems: &none, record: false).total
    }

    /// Throws the schema problems of `parameters`, all of them, if there are any.
    public func checkParameters(_ parameters: [String: ParameterValue], keyPathPrefix: String = "parameters") throws(PricingError) {
        // Cheap scan first: the common case is valid input, and building issue lists allocates.
        var clean = true
        for (name, value) in parameters {
            guard let property = schema[name], property.type.accepts(value) else { clean = false; break }
            if let allowed = property.allowedValues, !allowed.contains(value) { clean = false; break }
            if property.minimum != nil || property.maximum != nil || property.maxLength != nil || property.items != nil {
                if !property.problems(with: value, at: name).isEmpty { clean = false; break }
            }
        }
        if clean { return }
        let issues = schema.validate(parameters, keyPathPrefix: keyPathPrefix, requireAll: false)
        guard !issues.isEmpty else { return }
        throw PricingError(
            .invalidParameter,
            message: issues.map(\.description).joined(separator: "; "),
            modelRecordId: recordId, keyPath: issues[0].keyPath, issues: issues)
    }

    private func fail(_ kind: PricingError.Kind, _ message: String, parameter: String? = nil) -> PricingError {
        PricingError(kind, message: message, modelRecordId: recordId, keyPath: parameter.map { "parameters.\($0)" })
    }

    /// The value a factor reads: the call's, else the rule's assumption.
    private func value(of parameter: String, in parameters: [String: ParameterValue], whenAbsent: ParameterValue?) -> (ParameterValue?, Bool) {
        if let v = parameters[parameter] { return (v, false) }
        return (whenAbsent, whenAbsent != nil)
    }

    private func evaluate(
        _ parameters: [String: ParameterValue], lineItems items: inout [PriceLineItem], record: Bool
    ) throws(PricingError) -> (total: ExactDecimal, unrounded: ExactDecimal) {
        try checkParameters(parameters)
        var amount: ExactDecimal
        switch rule.basis {
        case .baseTokenCost:
            amount = baseTokenCost
            if record { items.append(PriceLineItem(kind: .base, label: "base cost \(baseTokenCost)", subtotal: amount)) }
        case .priceTable(let table):
            var values: [ParameterValue] = []
            for name in table.parameters {
                guard let v = parameters[name] ?? table.whenAbsent[name] else {
                    if let otherwise = table.otherwise { values = []; amount = otherwise; break }
                    throw fail(.noPriceForValue, "the price table needs '\(name)' and the call does not give it", parameter: name)
                }
                values.append(v)
            }
            if let price = table.price(for: values) {
                amount = price
            } else if let otherwise = table.otherwise {
                amount = otherwise
            } else {
                let shown = zip(table.parameters, values).map { "\($0) = \($1.displayText)" }.joined(separator: ", ")
                throw fail(.noPriceForValue, "the price table has no price for \(shown)", parameter: table.parameters[0])
            }
            if record {
                let shown = zip(table.parameters, values).map { "\($0) = \($1.plainText)" }.joined(separator: ", ")
                items.append(PriceLineItem(
                    kind: .priceTable, label: "price table: \(shown.isEmpty ? "otherwise" : shown) → \(amount)",
                    parameter: table.parameters[0], value: values.first, subtotal: amount))
            }
        }
        for factor in rule.factors {
            switch factor {
            case .multiplier(let m):
                let (v, assumed) = value(of: m.parameter, in: parameters, whenAbsent: m.whenAbsent)
                guard let v else {
                    if record { items.append(PriceLineItem(kind: .multiplier, label: "\(m.parameter) not given → × 1", parameter: m.parameter, factor: .one, subtotal: amount)) }
                    continue
                }
                let f: ExactDecimal
                if let hit = m.table.amount(for: v) { f = hit } else if let otherwise = m.otherwise { f = otherwise } else {
                    throw fail(.noPriceForValue, "no multiplier for \(m.parameter) = \(v.displayText) (table lists \(m.table.entries.map(\.key).joined(separator: ", ")))", parameter: m.parameter)
                }
                guard let next = amount.multiplied(by: f) else { throw fail(.arithmeticOverflow, "the price does not fit exactly", parameter: m.parameter) }
                amount = next
                if record {
                    items.append(PriceLineItem(
                        kind: .multiplier, label: "\(m.parameter) = \(v.plainText)\(assumed ? " (assumed)" : "") → × \(f)",
                        parameter: m.parameter, value: v, valueAssumed: assumed, factor: f, subtotal: amount))
                }
            case .perUnit(let p):
                let (v, assumed) = value(of: p.parameter, in: parameters, whenAbsent: p.whenAbsent)
                guard let v else {
                    if record { items.append(PriceLineItem(kind: .perUnit, label: "\(p.parameter) not given → × 1", parameter: p.parameter, factor: .one, subtotal: amount)) }
                    continue
                }
                let quantity: ExactDecimal
                switch p.measure {
                case .value:
                    guard let n = v.numericValue else { throw fail(.notANumber, "\(p.parameter) must be a number to price per unit, found \(v.displayText)", parameter: p.parameter) }
                    quantity = n
                case .characters:
                    guard case .string(let s) = v else { throw fail(.notANumber, "\(p.parameter) must be text to price per character, found \(v.displayText)", parameter: p.parameter) }
                    quantity = ExactDecimal(s.count)
                }
                guard var units = quantity.divided(by: p.unitSize) else {
                    throw fail(.invalidRule, "unit size \(p.unitSize) does not divide \(quantity) exactly", parameter: p.parameter)
                }
                if p.roundUnitsUp { units = units.ceiling }
                guard let next = amount.multiplied(by: units) else { throw fail(.arithmeticOverflow, "the price does not fit exactly", parameter: p.parameter) }
                amount = next
                if record {
                    let unit = p.unitName ?? (p.unitSize == 1 ? "unit" : "\(p.unitSize)")
                    items.append(PriceLineItem(
                        kind: .perUnit, label: "\(p.parameter) = \(v.plainText)\(assumed ? " (assumed)" : "") → × \(units) \(unit)\(units == 1 ? "" : "s")",
                        parameter: p.parameter, value: v, valueAssumed: assumed, factor: units, subtotal: amount))
                }
            case .surcharge(let s):
                let (v, assumed) = value(of: s.parameter, in: parameters, whenAbsent: s.whenAbsent)
                guard let v else { continue }
                guard let n = v.numericValue else { throw fail(.notANumber, "\(s.parameter) must be a number for its surcharge, found \(v.displayText)", parameter: s.parameter) }
                let extra = n > s.included ? n - s.included : .zero
                guard let add = extra.multiplied(by: s.ratePerUnit), let next = amount.adding(add) else {
                    throw fail(.arithmeticOverflow, "the price does not fit exactly", parameter: s.parameter)
                }
                amount = next
                if record {
                    items.append(PriceLineItem(
                        kind: .surcharge, label: "\(s.parameter) = \(v.plainText)\(assumed ? " (assumed)" : ""): \(extra) over \(s.included) × \(s.ratePerUnit) → + \(add)",
                        parameter: s.parameter, value: v, valueAssumed: assumed, added: add, subtotal: amount))
                }
            }
        }
        if let minimum = rule.minimumCharge, amount < minimum {
            amount = minimum
            if record { items.append(PriceLineItem(kind: .minimumCharge, label: "minimum charge \(minimum)", subtotal: amount)) }
        }
        let unrounded = amount
        if let rounding = rule.rounding {
            amount = amount.rounded(places: rounding.places, mode: rounding.mode)
            if record { items.append(PriceLineItem(kind: .rounding, label: rounding.phrase, subtotal: amount)) }
        }
        return (amount, unrounded)
    }
}
