import PriceLock
import TokenPricing

/// `api/changes.json`: the price history, one object per commit, newest first, or why there
/// is none (`unavailable`). The shape is these types (properties declared sorted, as they are
/// written); version 1: fields are only ever added. Prices are decimal strings, `null` when
/// the model could not be priced.
struct APIChangesDocument: Codable {
    var commits: [APIChangeCommit]
    var unavailable: APIHistoryUnavailable?
    var version = 1

    init(_ data: SiteData) {
        let history = data.history.history
        commits = history.commits.map { APIChangeCommit($0, data: data) }
        unavailable = history.unavailable.map { APIHistoryUnavailable(reason: $0.description, remedy: $0.remedy) }
    }

    /// The file's bytes (compact).
    static func bytes(_ data: SiteData) throws -> [UInt8] {
        let count = data.history.history.commits.reduce(0) { $0 + $1.changes.count }
        return try ExactJSONEncoder(compact: true).encode(APIChangesDocument(data), capacity: 256 + count * 400)
    }
}

/// One commit and what it changed.
struct APIChangeCommit: Codable {
    var added: [APIPriceEntry]
    /// The author date, ISO 8601 with the author's offset.
    var date: String
    var day: String
    /// Why this version of the lockfile could not be read.
    var problem: String?
    var redefined: [APIRedefinition]
    var removed: [APIPriceEntry]
    var repriced: [APIRepricing]
    var sha: String
    var shortSha: String
    var subject: String
    /// The author date, seconds since 1970.
    var timestamp: Int

    init(_ c: PriceHistoryCommit, data: SiteData) {
        added = c.added.map { APIPriceEntry($0, data: data) }
        date = c.commit.authorDate
        day = c.commit.day
        problem = c.problem
        var redefined: [APIRedefinition] = []
        for change in c.changes {
            if case .redefined = change { redefined.append(APIRedefinition(change, data: data)) }
        }
        self.redefined = redefined
        removed = c.removed.map { APIPriceEntry($0, data: data) }
        repriced = c.repriced.map { APIRepricing($0, data: data) }
        sha = c.commit.sha
        shortSha = c.commit.shortSha
        subject = c.commit.subject
        timestamp = c.commit.authorTimestamp
    }
}

/// A model added or removed, with its prices then.
struct APIPriceEntry: Codable {
    var atDefaults: ExactDecimal?
    var max: ExactDecimal?
    var min: ExactDecimal?
    var name: String
    /// The model's page, `null` when the registry no longer has the model.
    var page: String?
    var recordId: String

    init(_ e: PriceLockEntry, data: SiteData) {
        atDefaults = e.atDefaults
        max = e.max
        min = e.min
        name = e.name
        page = data.model(e.recordId)?.path
        recordId = e.recordId
    }
}

/// A model whose prices moved.
struct APIRepricing: Codable {
    /// `null` when the price at defaults did not move.
    var atDefaults: APIPriceMove?
    var max: APIPriceMove?
    var min: APIPriceMove?
    var name: String
    var page: String?
    var pointsChanged: Int
    var pointsCompared: Int
    var recordId: String
    /// The change in words, as `admin-site check` says it.
    var summary: String

    init(_ r: PriceRepricing, data: SiteData) {
        atDefaults = r.atDefaults.map(APIPriceMove.init)
        max = r.max.map(APIPriceMove.init)
        min = r.min.map(APIPriceMove.init)
        name = r.new.name
        page = data.model(r.new.recordId)?.path
        pointsChanged = r.pointsChanged
        pointsCompared = r.pointsCompared
        recordId = r.new.recordId
        summary = PriceChange.repriced(r).summary
    }
}

/// One price before and after; `percent` is whole, half away from zero, `null` when the old
/// price is 0 or missing.
struct APIPriceMove: Codable {
    var new: ExactDecimal?
    var old: ExactDecimal?
    var percent: ExactDecimal?

    init(_ m: PriceMove) {
        new = m.new
        old = m.old
        percent = m.percent
    }
}

/// A model whose definition changed while no locked price moved.
struct APIRedefinition: Codable {
    var name: String
    var page: String?
    var recordId: String
    var summary: String

    init(_ change: PriceChange, data: SiteData) {
        name = change.name
        page = data.model(change.recordId)?.path
        recordId = change.recordId
        summary = change.summary
    }
}

/// Why the build has no history, and how to get one.
struct APIHistoryUnavailable: Codable {
    var reason: String
    var remedy: String
}
