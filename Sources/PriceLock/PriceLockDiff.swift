import TokenPricing

/// The changes between two locks, one per model that differs, sorted by record id.
public struct PriceLockDiff: Sendable, Hashable {
    /// The changes, sorted by record id.
    public var changes: [PriceChange]

    /// What changed from `old` to `new`.
    public init(from old: PriceLock, to new: PriceLock) {
        var before: [String: PriceLockEntry] = [:]
        for e in old.models { before[e.recordId] = e }
        var changes: [PriceChange] = []
        var seen = Set<String>()
        for e in new.models {
            seen.insert(e.recordId)
            guard let was = before[e.recordId] else { changes.append(.added(e)); continue }
            if was == e { continue }
            let r = PriceRepricing(old: was, new: e)
            changes.append(r.movesAnyPrice ? .repriced(r) : .redefined(old: was, new: e))
        }
        for e in old.models where !seen.contains(e.recordId) { changes.append(.removed(e)) }
        self.changes = changes.sorted { $0.recordId < $1.recordId }
    }

    /// Whether the locks agree.
    public var isEmpty: Bool { changes.isEmpty }

    /// The models added.
    public var added: [PriceLockEntry] { changes.compactMap { if case .added(let e) = $0 { e } else { nil } } }
    /// The models removed.
    public var removed: [PriceLockEntry] { changes.compactMap { if case .removed(let e) = $0 { e } else { nil } } }
    /// The models whose prices moved.
    public var repriced: [PriceRepricing] { changes.compactMap { if case .repriced(let r) = $0 { r } else { nil } } }
}
