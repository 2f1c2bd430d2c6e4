import ModelRegistry
import TokenPricing

/// Runs SPEC's integrity rules over a registry and a template catalogue.
public struct IntegrityChecker: Sendable {
    /// Creates a checker.
    public init() {}

    /// The findings for `registry` and `catalog`. `catalogFile` names the catalogue's file in
    /// findings about templates.
    public func check(registry: ModelRegistry, catalog: TemplateCatalog, catalogFile: String? = nil) -> IntegrityReport {
        IntegrityReport(findings: [])
    }
}
