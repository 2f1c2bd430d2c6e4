import Foundation
import ModelRegistry
import SiteGenerator

/// `admin-site build`: load the inputs, build the site atomically, say what changed.
public struct BuildRunner: Sendable {
    /// Where the inputs are.
    public var paths: InputPaths
    /// Where the site goes.
    public var outputDirectory: String
    /// Whether an explicitly given docs folder must exist.
    public var requireDocs: Bool
    /// The registry rendered (the compiled one by default).
    public var registry: ModelRegistry

    /// Shared by copies of this runner, so `interrupt()` reaches the build `run()` started.
    let interrupter = BuildInterrupter()

    /// Creates a runner.
    public init(paths: InputPaths, outputDirectory: String = SiteDefaults.outputPath, requireDocs: Bool = false, registry: ModelRegistry = .standard) {
        self.paths = paths
        self.outputDirectory = outputDirectory
        self.requireDocs = requireDocs
        self.registry = registry
    }

    /// Stops a build that `run()` is doing on another thread (a signal handler calls this):
    /// once it returns, nothing more is published and the build's temporary folder is gone,
    /// so the process may exit at once. Later `run()`s of this runner stop immediately.
    /// - Returns: whether the new site had already been published whole; otherwise the
    ///   previous site (if any) is untouched.
    public func interrupt() -> Bool {
        interrupter.interrupt() == .newSitePublished
    }

    /// Whether `interrupt()` was called (a build error after it is only its echo).
    public var wasInterrupted: Bool { interrupter.isInterrupted }

    /// What one build did, for the command's report.
    public struct Outcome: Sendable {
        /// The builder's result.
        public var result: BuildResult
        /// Warnings the build passed over (integrity and docs).
        public var warningCount: Int

        /// `built _site: 143 pages, 12 files written, 180 unchanged, 0 removed; 55 warnings (admin-site check lists them)`.
        public var summaryLine: String {
            "built \(result.outputDirectory.path): \(result.summary.pageCount) pages, \(result.written.count) files written, "
                + "\(result.unchanged.count) unchanged, \(result.removed.count) removed"
                + (warningCount > 0 ? "; \(warningCount) warning\(warningCount == 1 ? "" : "s") (admin-site check lists them)" : "")
        }

        /// What else the publish step did that a user should know, one line each.
        public var notes: [String] {
            var lines: [String] = []
            if !result.staleFoldersRemoved.isEmpty {
                lines.append("removed \(result.staleFoldersRemoved.count) temporary folder(s) left by interrupted builds: "
                    + result.staleFoldersRemoved.joined(separator: ", "))
            }
            if !result.foldersLeftAlone.isEmpty {
                lines.append("left alone (not provably admin-site's; delete them yourself if they are): "
                    + result.foldersLeftAlone.joined(separator: ", "))
            }
            if !result.copiedInsteadOfLinked.isEmpty {
                lines.append("\(result.copiedInsteadOfLinked.count) unchanged file(s) copied because hard links failed "
                    + "(same bytes and mtimes, new inodes)")
            }
            if result.method == .twoRenames {
                lines.append("this file system cannot swap folders atomically: the site was missing for an instant while it was replaced")
            }
            if let old = result.oldSiteLeftAt {
                lines.append("the previous site could not be fully deleted from \(old); the next build tries again")
            }
            return lines
        }
    }

    /// Builds the site.
    /// - Throws: `InputError` for unreadable inputs, `SiteGenerationError` when generation
    ///   fails; the previous site is untouched unless `Self.leftPreviousSiteUntouched(error)`
    ///   says otherwise.
    public func run() throws -> Outcome {
        let inputs = try InputLoader.load(paths: paths, registry: registry, requireDocs: requireDocs)
        let result = try SiteBuilder.build(inputs: inputs, outputDirectory: paths.url(outputDirectory), interrupter: interrupter)
        let warnings = result.summary.integrity.warnings.count + result.summary.docProblems.filter { $0.severity == .warning }.count
        return Outcome(result: result, warningCount: warnings)
    }

    /// Whether the output folder is as it was after `run()` threw `error` (only a publish
    /// that stopped halfway on a file system without atomic swaps leaves it otherwise).
    public static func leftPreviousSiteUntouched(_ error: any Error) -> Bool {
        (error as? SiteGenerationError)?.leftPreviousSiteUntouched ?? true
    }
}
