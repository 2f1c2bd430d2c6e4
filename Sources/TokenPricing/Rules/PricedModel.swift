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
        try quote(parameters, usage: [:])
    }

    /// The price of one call with `parameters` and measured `usage` (the duration of an
    /// uploaded file), with its breakdown. A usage quantity the rule reads but the call does
    /// not give is assumed as the rule states, and its line item says so
    /// (`valueAssumed`).
    /// - Throws: `PricingError`: as `quote(_:)`, and `invalidUsage` for a usage quantity the
    ///   model does not price on (a minutes value passed to a model that reads seconds must
    ///   not vanish) or one that is not above 0.
    public func quote(_ parameters: [String: ParameterValue], usage: [UsageQuantity: ExactDecimal]) throws(PricingError) -> PriceQuote {
        var items: [PriceLineItem] = []
        let (total, unrounded) = try evaluate(parameters, usage: usage, lineItems: &items, record: true)
        return PriceQuote(modelRecordId: recordId, total: total, unrounded: unrounded, lineItems: items)
    }

    /// The price of one call, without the breakdown: the fast path for services that price
    /// in bulk. Same checks and errors as `quote(_:)`.
    ///
    /// A precompiled fast path prices ordinary valid calls (about 70 ns of CPU for a realistic
    /// call, many times faster than the breakdown; `prepare(parameterNames:)` is faster still
    /// for calls that share their parameters, about 44 ns); anything else (an invalid value, a value a table lacks, a price-table
    /// basis, an overflow) goes through the same evaluator as `quote(_:)`, so totals and
    /// errors are identical.
    public func total(_ parameters: [String: ParameterValue] = [:]) throws(PricingError) -> ExactDecimal {
        // `storage` is alive for the whole call and owns the compiled form: no retain needed.
        let fast = withExtendedLifetime(storage) {
            storage.compiled._withUnsafeGuaranteedRef { $0.fastTotal(parameters) }
        }
        if let fast { return fast }
        var none: [PriceLineItem] = []
        return try evaluate(parameters, usage: [:], lineItems: &none, record: false).total
    }

    /// The price of one call with measured `usage`, without the breakdown. Same checks and
    /// errors as `quote(_:usage:)`.
    public func total(_ parameters: [String: ParameterValue], usage: [UsageQuantity: ExactDecimal]) throws(PricingError) -> ExactDecimal {
        if usage.isEmpty { return try total(parameters) }
        var none: [PriceLineItem] = []
        return try evaluate(parameters, usage: usage, lineItems: &none, record: false).total
    }

    /// Compiles calls that give the parameters `names`, in this order, for pricing in bulk:
    /// `PreparedCall.total(_:)` then takes each call's values in the same order.
    /// - Throws: `invalidParameter` for names the schema does not have (every one of them,
    ///   as `quote(_:)` reports them) or a name listed twice.
    public func prepare(parameterNames names: [String]) throws(PricingError) -> PreparedCall {
        let compiled = storage.compiled.takeUnretainedValue()
        var properties: [Int] = []
        var unknown: [String: ParameterValue] = [:]
        for (p, name) in names.enumerated() {
            guard !names[..<p].contains(name) else {
                throw PricingError(
                    .invalidParameter, message: "parameters.\(name): listed twice; a call gives each parameter once",
                    modelRecordId: recordId, keyPath: "parameters.\(name)")
            }
            if let i = compiled.names.index(of: name) { properties.append(i) } else { unknown[name] = .null }
        }
        let issues = schema.validate(unknown, requireAll: false).filter { $0.kind == .unknownParameter }
        guard issues.isEmpty else {
            throw PricingError(
                .invalidParameter, message: issues.map(\.description).joined(separator: "; "),
                modelRecordId: recordId, keyPath: issues[0].keyPath, issues: issues)
        }
        return PreparedCall(model: self, parameterNames: names, properties: properties, compiled: compiled)
    }

    /// Throws the schema problems of `parameters`, all of them, if there are any.
    public func checkParameters(_ parameters: [String: ParameterValue], keyPathPrefix: String = "parameters") throws(PricingError) {
        // Cheap scan first: the common case is valid input, and building issue lists allocates.
        // The compiled checks are plain data, so the scan copies no schema property.
        let clean = withExtendedLifetime(storage) {
            storage.compiled._withUnsafeGuaranteedRef { $0.allValid(parameters) }
        }
        if clean { return }
        let issues = schema.validate(parameters, keyPathPrefix: keyPathPrefix, requireAll: false)
        guard !issues.isEmpty else { return }
        throw PricingError(
            .invalidParameter,
            message: issues.map(\.description).joined(separator: "; "),
            modelRecordId: recordId, keyPath: issues[0].keyPath, issues: issues)
    }
}
