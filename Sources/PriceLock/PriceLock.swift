import TokenPricing

/// The price lockfile (`Site/prices.lock.json`): every model's prices as they were last
/// accepted. `admin-site lock` writes it from the registry; `admin-site check` compares the
/// registry with it (`PriceLockDiff`), and the site reads its past versions from git
/// (`PriceHistory`). Its layout is in Docs/PRICE-LOCK.md.
public struct PriceLock: Sendable, Hashable {
    /// The points listed per model, by default: enough for every enum combination of today's
    /// models, small enough that a lockfile diff stays readable.
    public static let defaultPointLimit = 64
    /// The points `min` and `max` are taken over, by default (the site's default range cap).
    public static let defaultRangeLimit = 4096

    /// The points listed per model.
    public var pointLimit: Int
    /// The points `min` and `max` are taken over.
    public var rangeLimit: Int
    /// The models, sorted by record id.
    public var models: [PriceLockEntry]

    /// Creates a lock from entries (sorted here by record id).
    public init(pointLimit: Int = defaultPointLimit, rangeLimit: Int = defaultRangeLimit, models: [PriceLockEntry]) {
        self.pointLimit = pointLimit
        self.rangeLimit = rangeLimit
        self.models = models.sorted { $0.recordId < $1.recordId }
    }

    /// The lock of `models`: each one priced at its defaults and over its matrix.
    public init(pricing models: [PricedModel], pointLimit: Int = defaultPointLimit, rangeLimit: Int = defaultRangeLimit) {
        self.init(
            pointLimit: pointLimit, rangeLimit: rangeLimit,
            models: models.map { PriceLockEntry(model: $0, pointLimit: pointLimit, rangeLimit: rangeLimit) })
    }

    /// The empty lock (no models): what the first version of a history is compared with.
    public static let empty = PriceLock(models: [])

    /// The entry with this record id.
    public func entry(recordId: String) -> PriceLockEntry? {
        models.first { $0.recordId == recordId }
    }
}
