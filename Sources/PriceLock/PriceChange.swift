import TokenPricing

/// How one model's prices differ between two locks: what `admin-site check` reports and what
/// one commit of the price history lists.
public enum PriceChange: Sendable, Hashable {
    /// The model is in the new lock only.
    case added(PriceLockEntry)
    /// The model is in the old lock only.
    case removed(PriceLockEntry)
    /// Some price moved: at defaults, over the range, or at a matrix point.
    case repriced(PriceRepricing)
    /// No price moved, but what the prices are computed from did (the rule, the base cost,
    /// the priced inputs, the name or the matrix's size).
    case redefined(old: PriceLockEntry, new: PriceLockEntry)

    /// The model's record id.
    public var recordId: String {
        switch self {
        case .added(let e), .removed(let e): return e.recordId
        case .repriced(let r): return r.new.recordId
        case .redefined(_, let new): return new.recordId
        }
    }

    /// The model's name (the newer one when it changed).
    public var name: String {
        switch self {
        case .added(let e), .removed(let e): return e.name
        case .repriced(let r): return r.new.name
        case .redefined(_, let new): return new.name
        }
    }
}

/// One price before and after.
public struct PriceMove: Sendable, Hashable {
    /// The price before (`nil`: could not be priced).
    public var old: ExactDecimal?
    /// The price after.
    public var new: ExactDecimal?

    /// Creates a move.
    public init(old: ExactDecimal?, new: ExactDecimal?) {
        self.old = old
        self.new = new
    }

    /// The change in percent of the old price, rounded to a whole number half away from
    /// zero; `nil` when either price is missing or the old one is 0.
    public var percent: ExactDecimal? {
        guard let old, let new, old != .zero, let delta = new.subtracting(old),
              let scaled = delta.multiplied(by: 100) else { return nil }
        // Exact quotient when it terminates; otherwise compare at a common scale.
        let scale = Swift.max(scaled.scale, old.scale)
        guard let a = scaled.significand(at: scale), let b = old.significand(at: scale) else { return nil }
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        let twice = r.magnitude * 2
        let away = twice >= b.magnitude
        let negative = (a < 0) != (b < 0)
        return ExactDecimal(significand: away ? q + (negative ? -1 : 1) : q, scale: 0)
    }

    /// `12 → 25 (+108 %)`, `12 → no price`, `12 → 12.1 (+1 %)`.
    public var text: String {
        var s = "\(PriceMove.show(old)) → \(PriceMove.show(new))"
        if let p = percent {
            s += p > .zero ? " (+\(p) %)" : p == .zero ? (new! > old! ? " (+<1 %)" : " (-<1 %)") : " (\(p) %)"
        }
        return s
    }

    /// A price in words: its digits, or `no price`.
    public static func show(_ price: ExactDecimal?) -> String { price?.description ?? "no price" }
}

extension ExactDecimal {
    /// The significand at a larger scale, or `nil` on overflow.
    func significand(at target: Int) -> Int128? {
        guard target >= scale else { return nil }
        var v = significand
        for _ in 0..<(target - scale) {
            let (m, o) = v.multipliedReportingOverflow(by: 10)
            if o { return nil }
            v = m
        }
        return v
    }
}

/// A model whose prices moved between two locks.
public struct PriceRepricing: Sendable, Hashable {
    /// The model in the old lock.
    public var old: PriceLockEntry
    /// The model in the new lock.
    public var new: PriceLockEntry
    /// The price at defaults, when it moved.
    public var atDefaults: PriceMove?
    /// The lowest price, when it moved.
    public var min: PriceMove?
    /// The highest price, when it moved.
    public var max: PriceMove?
    /// Matrix points whose price moved, or that only one lock lists.
    public var pointsChanged: Int
    /// Matrix points compared: those either lock lists.
    public var pointsCompared: Int

    /// The comparison of two entries of one model.
    public init(old: PriceLockEntry, new: PriceLockEntry) {
        self.old = old
        self.new = new
        atDefaults = old.atDefaults == new.atDefaults ? nil : PriceMove(old: old.atDefaults, new: new.atDefaults)
        min = old.min == new.min ? nil : PriceMove(old: old.min, new: new.min)
        max = old.max == new.max ? nil : PriceMove(old: old.max, new: new.max)
        var before: [String: ExactDecimal?] = [:]
        for p in old.points { before[p.label] = p.total }
        var changed = 0
        var compared = old.points.count
        for p in new.points {
            if let was = before[p.label] {
                if was != p.total { changed += 1 }
            } else {
                changed += 1
                compared += 1
            }
        }
        let newLabels = Set(new.points.map(\.label))
        changed += old.points.filter { !newLabels.contains($0.label) }.count
        pointsChanged = changed
        pointsCompared = compared
    }

    /// Whether any price moved.
    public var movesAnyPrice: Bool { atDefaults != nil || min != nil || max != nil || pointsChanged > 0 }
}
