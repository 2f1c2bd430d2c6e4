import Foundation
import TokenPricing

/// The repository's own inputs, found from this file's path so a harness runs from any folder.
public enum RepositoryData {
    /// The repository root: `FUZZ_REPO_ROOT` when set, else three folders above `Fuzz/Sources/FuzzSupport/`.
    public static var root: URL {
        if let path = ProcessInfo.processInfo.environment["FUZZ_REPO_ROOT"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `Site/templates.json`, the catalogue `admin-site price` uses by default. A harness that
    /// cannot read it stops at once: fuzzing against an empty catalogue would silently skip
    /// every `templateId` path.
    public static func defaultCatalog() -> TemplateCatalog {
        let url = root.appendingPathComponent("Site/templates.json")
        do {
            return try TemplateCatalog.load(from: url)
        } catch {
            fatalError("fuzz harness setup: \(error) (set FUZZ_REPO_ROOT to the repository root)")
        }
    }
}
