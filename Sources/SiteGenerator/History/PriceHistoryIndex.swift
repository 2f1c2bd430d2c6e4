import PriceLock
import TokenPricing

/// The price history as the pages read it, worked out once per build: each model's changes
/// by record id and the set of models repriced lately, so a model page or a catalogue row
/// costs one dictionary or set lookup, however long the history.
struct PriceHistoryIndex: Sendable {
    /// How far back the catalogue's "repriced" mark looks, counted from the newest commit.
    static let recentDays = 30

    /// The history as read.
    let history: PriceHistory
    /// Each model's changes, newest first.
    let changesByModel: [String: [(commit: GitCommitInfo, change: PriceChange)]]
    /// Models repriced within `recentDays` of the newest commit (never of the clock).
    let repricedRecently: Set<String>

    init(_ history: PriceHistory) {
        self.history = history
        var byModel: [String: [(commit: GitCommitInfo, change: PriceChange)]] = [:]
        for c in history.commits {
            for change in c.changes { byModel[change.recordId, default: []].append((c.commit, change)) }
        }
        changesByModel = byModel
        repricedRecently = history.repricedRecently(withinDays: Self.recentDays)
    }

    /// The model's changes, newest first (empty when it has none).
    func changes(recordId: String) -> [(commit: GitCommitInfo, change: PriceChange)] { changesByModel[recordId] ?? [] }

    /// The anchor of a commit on the Changes page.
    static func anchor(_ commit: GitCommitInfo) -> String { "c-\(commit.sha)" }
}

/// Price changes in the words and numbers the Changes page, the model pages and the feed
/// share. Prices are shown with every digit (as the lockfile holds them), not rounded to the
/// tables' two places: a history must show a change of 0.001.
enum HistoryText {
    /// A price: its digits, or `no price`.
    static func price(_ value: ExactDecimal?) -> String { PriceMove.show(value) }

    /// `12–24`, or `12` when both ends agree.
    static func span(_ lo: ExactDecimal?, _ hi: ExactDecimal?) -> String {
        lo == hi ? price(lo) : "\(price(lo))–\(price(hi))"
    }

    /// `+108 %`, `-5 %`, `+<1 %`; `nil` when there is no percentage (old price 0 or missing).
    static func percent(_ move: PriceMove) -> String? {
        guard let p = move.percent, let old = move.old, let new = move.new else { return nil }
        if p > .zero { return "+\(p) %" }
        if p < .zero { return "\(p) %" }
        return new > old ? "+<1 %" : "-<1 %"
    }

    /// `12 → 25 (+108 %)`, or `unchanged`.
    static func move(_ move: PriceMove?) -> String { move?.text ?? "unchanged" }

    /// The range before and after, with the ends' percentages: `12–24 → 25–50 (+108 %)`,
    /// `12–24 → 12–30 (max +25 %)`, or `unchanged`.
    static func range(_ r: PriceRepricing) -> String {
        guard r.min != nil || r.max != nil else { return "unchanged" }
        var s = "\(span(r.old.min, r.old.max)) → \(span(r.new.min, r.new.max))"
        let lo = r.min.flatMap(percent), hi = r.max.flatMap(percent)
        switch (lo, hi) {
        case let (l?, h?) where l == h: s += " (\(l))"
        case let (l?, h?): s += " (min \(l), max \(h))"
        case let (l?, nil): s += " (min \(l))"
        case let (nil, h?): s += " (max \(h))"
        case (nil, nil): break
        }
        return s
    }

    /// `2 of 6 changed`.
    static func points(_ r: PriceRepricing) -> String { "\(r.pointsChanged) of \(r.pointsCompared) changed" }

    /// The kind of a change, one word.
    static func kind(_ change: PriceChange) -> String {
        switch change {
        case .added: return "added"
        case .removed: return "removed"
        case .repriced: return "repriced"
        case .redefined: return "redefined"
        }
    }

    /// The price at defaults after a change (`nil` once removed): the step chart's value.
    static func atDefaultsAfter(_ change: PriceChange) -> ExactDecimal? {
        switch change {
        case .added(let e): return e.atDefaults
        case .removed: return nil
        case .repriced(let r): return r.new.atDefaults
        case .redefined(_, let new): return new.atDefaults
        }
    }

    /// `1 repriced, 2 added`: what a commit did, counted.
    static func counts(_ c: PriceHistoryCommit) -> String {
        var parts: [String] = []
        let repriced = c.repriced.count, added = c.added.count, removed = c.removed.count
        let redefined = c.changes.count - repriced - added - removed
        if repriced > 0 { parts.append("\(repriced) repriced") }
        if added > 0 { parts.append("\(added) added") }
        if removed > 0 { parts.append("\(removed) removed") }
        if redefined > 0 { parts.append("\(redefined) redefined") }
        if c.problem != nil { parts.append("lockfile unreadable") }
        return parts.isEmpty ? "no change" : parts.joined(separator: ", ")
    }
}
