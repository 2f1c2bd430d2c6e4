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

    /// Creates a runner.
    public init(paths: InputPaths, outputDirectory: String = SiteDefaults.outputPath, requireDocs: Bool = false, registry: ModelRegistry = .standard) {
        self.paths = paths
        self.outputDirectory = outputDirectory
        self.requireDocs = requireDocs
        self.registry = registry
    }

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
    }

    /// Builds the site.
    /// - Throws: `InputError` for unreadable inputs, `SiteGenerationError` when generation
    ///   fails; either way the previous site is untouched.
    public func run() throws -> Outcome {
        let inputs = try InputLoader.load(paths: paths, registry: registry, requireDocs: requireDocs)
        let result = try SiteBuilder.build(inputs: inputs, outputDirectory: paths.url(outputDirectory))
        let warnings = result.summary.integrity.warnings.count + result.summary.docProblems.filter { $0.severity == .warning }.count
        return Outcome(result: result, warningCount: warnings)
    }
}
