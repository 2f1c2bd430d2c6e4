import TokenPricing

/// Price changes in words, for `admin-site check`, the history and the site.
extension PriceChange {
    /// One sentence: `Kling V2 Pro at defaults: 12 → 25 (+108 %); 2 of 6 matrix points changed`.
    public var summary: String {
        switch self {
        case .added(let e):
            return "\(e.name) added: \(PriceMove.show(e.atDefaults)) at defaults\(Self.range(e))"
        case .removed(let e):
            return "\(e.name) removed (was \(PriceMove.show(e.atDefaults)) at defaults\(Self.range(e)))"
        case .repriced(let r):
            var parts: [String] = []
            if let d = r.atDefaults { parts.append("at defaults: \(d.text)") }
            if r.min != nil || r.max != nil {
                parts.append("range \(Self.span(r.old.min, r.old.max)) → \(Self.span(r.new.min, r.new.max))")
            }
            if r.pointsChanged > 0 {
                parts.append("\(r.pointsChanged) of \(r.pointsCompared) matrix point\(r.pointsCompared == 1 ? "" : "s") changed")
            }
            let head = r.atDefaults != nil ? "\(r.new.name) " : "\(r.new.name): "
            return head + parts.joined(separator: "; ")
        case .redefined(let old, let new):
            var what: [String] = []
            if old.name != new.name { what.append("name '\(old.name)' → '\(new.name)'") }
            if old.baseTokenCost != new.baseTokenCost { what.append("base cost \(old.baseTokenCost) → \(new.baseTokenCost)") }
            if old.rule != new.rule { what.append("pricing rule") }
            if old.pricedInputs != new.pricedInputs { what.append("priced inputs") }
            if old.pointCount != new.pointCount || old.isComplete != new.isComplete { what.append("matrix size") }
            let listed = what.isEmpty ? "the locked entry" : what.joined(separator: ", ")
            return "\(new.name): \(listed) changed; the prices at defaults, over the range and at the \(new.points.count) locked points did not"
        }
    }

    private static func span(_ lo: ExactDecimal?, _ hi: ExactDecimal?) -> String {
        lo == hi ? PriceMove.show(lo) : "\(PriceMove.show(lo))–\(PriceMove.show(hi))"
    }

    private static func range(_ e: PriceLockEntry) -> String {
        e.min == e.max ? "" : ", range \(span(e.min, e.max))"
    }
}
