import TokenPricing

/// The prices' history: the lockfile's versions in the repository, each compared with the
/// one before it. Deterministic: built from commits alone, never from the clock.
public struct PriceHistory: Sendable, Hashable {
    /// The commits that changed a price (or added, removed or redefined a model), newest first.
    public var commits: [PriceHistoryCommit]
    /// Why there is no history, when there is none.
    public var unavailable: PriceHistoryUnavailable?

    /// A history of these commits (newest first).
    public init(commits: [PriceHistoryCommit]) {
        self.commits = commits
        self.unavailable = nil
    }

    /// No history, for a reason.
    public init(unavailable reason: PriceHistoryUnavailable) {
        self.commits = []
        self.unavailable = reason
    }

    /// The history of the lockfile's versions, given oldest first. The first version is
    /// compared with an empty lock (every model added). A version that cannot be read is kept
    /// as a commit with its `problem` and no changes; the next one is compared with the last
    /// version that could be read. Commits whose version changes nothing are left out.
    public init(versions: [PriceLockVersion]) {
        var previous = PriceLock.empty
        var commits: [PriceHistoryCommit] = []
        for version in versions {
            switch version.content {
            case .success(let lock):
                let diff = PriceLockDiff(from: previous, to: lock)
                previous = lock
                if !diff.isEmpty { commits.append(PriceHistoryCommit(commit: version.commit, changes: diff.changes)) }
            case .failure(let problem):
                commits.append(PriceHistoryCommit(commit: version.commit, changes: [], problem: problem.description))
            }
        }
        self.init(commits: commits.reversed())
    }

    /// The newest commit's author time: "now" for everything relative (never the clock).
    public var newestTimestamp: Int? { commits.first?.commit.authorTimestamp }

    /// Each commit that changed the model's prices or definition, newest first, with the change.
    public func changes(recordId: String) -> [(commit: GitCommitInfo, change: PriceChange)] {
        commits.compactMap { c in c.changes.first { $0.recordId == recordId }.map { (c.commit, $0) } }
    }

    /// The record ids of models repriced within `days` days before the newest commit of the
    /// history (added or redefined models are not counted).
    public func repricedRecently(withinDays days: Int = 30) -> Set<String> {
        guard let newest = newestTimestamp else { return [] }
        let since = newest - days * 86_400
        var ids = Set<String>()
        for c in commits where c.commit.authorTimestamp >= since {
            for case .repriced(let r) in c.changes { ids.insert(r.new.recordId) }
        }
        return ids
    }
}

/// A commit as git describes it.
public struct GitCommitInfo: Sendable, Hashable {
    /// The full hash.
    public var sha: String
    /// The abbreviated hash git prints (`%h`).
    public var shortSha: String
    /// The author date, seconds since 1970 (`%at`).
    public var authorTimestamp: Int
    /// The author date as ISO 8601 with the author's offset (`%aI`), for display.
    public var authorDate: String
    /// The subject line.
    public var subject: String

    /// Creates a commit description.
    public init(sha: String, shortSha: String, authorTimestamp: Int, authorDate: String, subject: String) {
        self.sha = sha
        self.shortSha = shortSha
        self.authorTimestamp = authorTimestamp
        self.authorDate = authorDate
        self.subject = subject
    }

    /// The date part of `authorDate` (`2025-05-01`).
    public var day: String { String(authorDate.prefix(10)) }
}

/// One version of the lockfile: its commit, and the lock or why it could not be read.
public struct PriceLockVersion: Sendable {
    /// The commit that wrote it.
    public var commit: GitCommitInfo
    /// The lock, or the error reading it.
    public var content: Result<PriceLock, PortableFormatError>

    /// Creates a version.
    public init(commit: GitCommitInfo, content: Result<PriceLock, PortableFormatError>) {
        self.commit = commit
        self.content = content
    }
}

/// One commit of the history and what it changed.
public struct PriceHistoryCommit: Sendable, Hashable {
    /// The commit.
    public var commit: GitCommitInfo
    /// What changed, one entry per model, sorted by record id.
    public var changes: [PriceChange]
    /// Why this version of the lockfile could not be read, if it could not.
    public var problem: String?

    /// Creates a history entry.
    public init(commit: GitCommitInfo, changes: [PriceChange], problem: String? = nil) {
        self.commit = commit
        self.changes = changes
        self.problem = problem
    }

    /// The models added.
    public var added: [PriceLockEntry] { changes.compactMap { if case .added(let e) = $0 { e } else { nil } } }
    /// The models removed.
    public var removed: [PriceLockEntry] { changes.compactMap { if case .removed(let e) = $0 { e } else { nil } } }
    /// The models whose prices moved.
    public var repriced: [PriceRepricing] { changes.compactMap { if case .repriced(let r) = $0 { r } else { nil } } }
}

/// Why a build or a check has no price history.
public enum PriceHistoryUnavailable: Error, Sendable, Hashable, CustomStringConvertible {
    /// `git` could not be run.
    case gitNotFound
    /// The package is not in a git repository (a tarball, a copied folder).
    case notARepository
    /// The repository is a shallow clone: its past commits are not there.
    case shallowClone
    /// No commit has the lockfile yet.
    case lockfileNotInHistory(path: String)
    /// git failed.
    case gitFailed(String)

    /// Why, in words.
    public var description: String {
        switch self {
        case .gitNotFound: return "git could not be run, so the lockfile's past versions cannot be read"
        case .notARepository: return "the package is not a git repository (a tarball or a copy), so it has no past versions of the lockfile"
        case .shallowClone: return "the repository is a shallow clone, so the lockfile's past versions are not in it"
        case .lockfileNotInHistory(let path): return "no commit contains \(path) yet"
        case .gitFailed(let message): return "git failed: \(message)"
        }
    }

    /// What to do about it.
    public var remedy: String {
        switch self {
        case .gitNotFound: return "install git and build from a clone"
        case .notARepository: return "build from a git clone of the repository"
        case .shallowClone: return "fetch the whole history (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout)"
        case .lockfileNotInHistory: return "run `admin-site lock` and commit the lockfile"
        case .gitFailed: return "check that `git log` works in the repository"
        }
    }
}
