import Foundation
import ModelRegistry
import PriceLock
import TokenPricing

/// `admin-site lock`: writes the price lockfile from the registry, and says what it accepted
/// (the same words `check` used to refuse it).
public struct LockRunner: Sendable {
    /// The package root; a relative `lockFile` starts there.
    public var packageRoot: URL
    /// The lockfile's path.
    public var lockFile: String
    /// The registry locked (the compiled one by default).
    public var registry: ModelRegistry

    /// Creates a runner.
    public init(
        packageRoot: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        lockFile: String = SiteDefaults.priceLockPath, registry: ModelRegistry = .standard
    ) {
        self.packageRoot = packageRoot
        self.lockFile = lockFile
        self.registry = registry
    }

    /// What a run did.
    public struct Outcome: Sendable {
        /// The changes from the file as it was (every model added when there was none or it
        /// could not be read).
        public var changes: [PriceChange]
        /// Whether the file's bytes changed.
        public var wrote: Bool
        /// Why the previous file was ignored, if it was.
        public var previousProblem: String?
        /// Whether there was a readable lockfile before.
        public var hadPrevious: Bool

        /// The lines `admin-site lock` prints.
        public func report(lockFile: String, modelCount: Int) -> String {
            var lines: [String] = []
            if let previousProblem { lines.append("note: the previous \(lockFile) could not be read (\(previousProblem)); rewritten") }
            if !wrote {
                lines.append("\(lockFile) is up to date (\(modelCount) models)")
            } else if !hadPrevious {
                lines.append("wrote \(lockFile) (\(modelCount) models)")
            } else {
                lines.append("wrote \(lockFile) (\(modelCount) models, \(changes.count) change\(changes.count == 1 ? "" : "s"))")
                lines += changes.map { "  \($0.summary)" }
                lines.append("review the diff of \(lockFile) and commit it with the model change")
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// The lockfile's URL.
    public var url: URL {
        lockFile.hasPrefix("/") ? URL(fileURLWithPath: lockFile) : packageRoot.appendingPathComponent(lockFile)
    }

    /// Writes the lockfile (atomically, only when its bytes change).
    /// - Throws: when the file cannot be written.
    public func run() throws -> Outcome {
        // Keep the previous file's limits, so a lock run changes prices, not the layout.
        let old = try? Data(contentsOf: url)
        var previous = PriceLock.empty
        var problem: String?
        if let old {
            do { previous = try PriceLock(json: old, file: lockFile) } catch { problem = error.description }
        }
        let lock = PriceLock(pricing: registry.models.map(\.priced))
        let text = Data(lock.encoded.utf8)
        let changes = PriceLockDiff(from: previous, to: lock).changes
        let hadPrevious = old != nil && problem == nil
        guard text != old else { return Outcome(changes: [], wrote: false, previousProblem: problem, hadPrevious: hadPrevious) }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, options: .atomic)
        return Outcome(changes: changes, wrote: true, previousProblem: problem, hadPrevious: hadPrevious)
    }
}
