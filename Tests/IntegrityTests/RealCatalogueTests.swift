import Foundation
import Integrity
import ModelRegistry
import Testing
import TokenPricing

/// The product's own registry and default catalogue: no errors, and exactly the warnings the
/// data is known to trip (SPEC, "Integrity rules").
@Suite("Real registry and catalogue")
struct RealCatalogueTests {
    static let catalogFile = "Site/templates.json"

    /// The provider model ids several entries share in the catalogue.
    static let sharedModelIds: Set<String> = [
        "4o-image-api", "flux-kontext-max", "flux-kontext-pro", "ideogram/character", "nano-banana-pro", "runware:400@1",
        "veo3_fast", "veo3", "bytedance:2@2", "runway-duration-5-generate", "bytedance/seedance-1.5-pro",
        "sora-2-image-to-video", "wan/2-2-a14b-image-to-video-turbo", "runware:100@1", "runware:101@1", "runware:97@2",
        "runware:97@1", "sora-2-text-to-video",
    ]

    /// How many `near-duplicate-name` findings the registry should have: one per spelling of a
    /// model or family name that another spelling matches but for case and punctuation,
    /// computed from the registry rather than listed, so a port that adds or fixes a spelling
    /// does not need this test edited.
    static var nearDuplicateSpellings: Int {
        var spellings: [String: Set<String>] = [:]
        for m in ModelRegistry.standard.models {
            spellings["model " + ModelDisplayNames.comparisonKey(m.config.modelName), default: []].insert(m.config.modelName)
            if let f = m.config.modelFamily { spellings["family " + ModelDisplayNames.comparisonKey(f), default: []].insert(f) }
        }
        return spellings.values.filter { $0.count > 1 }.map(\.count).reduce(0, +)
    }

    private func report() throws -> (IntegrityReport, TemplateCatalog) {
        #expect(ModelRegistry.standard.models.count == 140, "the registry is not filled in yet")
        let url = Support.packageRoot.appendingPathComponent(Self.catalogFile)
        try #require(FileManager.default.fileExists(atPath: url.path), "\(Self.catalogFile) is not written yet")
        let catalog = try TemplateCatalog.load(from: url)
        let report = IntegrityChecker(packageRoot: Support.packageRoot).check(
            registry: .standard, catalog: catalog, catalogFile: Self.catalogFile)
        return (report, catalog)
    }

    @Test func theRegistryAloneHasExactlyTheKnownModelWarnings() throws {
        // With a catalogue that uses every model, only the registry's own warnings remain.
        let models = ModelRegistry.standard.models
        #expect(models.count == 140, "the registry is not filled in yet")
        let report = Support.checkModels(models, packageRoot: Support.packageRoot)
        #expect(report.errors.isEmpty, "\(FindingFormatter().lines(for: report.errors))")
        // The two legacy non-UUID ids (`100@1`, `schnell`) retired with the 140-model catalogue.
        #expect(report.findings(rule: .nonUUIDRecordId).isEmpty)
        #expect(report.findings(rule: .sharedModelId).count == Self.sharedModelIds.count)
        #expect(report.findings(rule: .deadTableKey).count == 1)
        #expect(report.findings(rule: .nearDuplicateName).count == Self.nearDuplicateSpellings)
        #expect(report.findings.count == Self.sharedModelIds.count + 1 + Self.nearDuplicateSpellings, "\(FindingFormatter().lines(for: report.findings))")
        for finding in report.findings {
            #expect(finding.file?.hasPrefix("Sources/ModelRegistry/Models/") == true)
            #expect(finding.line != nil)
        }
    }

    @Test func noErrors() throws {
        let (report, _) = try report()
        #expect(report.errors.isEmpty, "\(FindingFormatter().lines(for: report.errors))")
    }

    @Test func exactlyTheKnownWarnings() throws {
        let (report, catalog) = try report()
        let registry = ModelRegistry.standard

        #expect(report.findings(rule: .nonUUIDRecordId).isEmpty)

        let shared = report.findings(rule: .sharedModelId)
        #expect(shared.count == Self.sharedModelIds.count)
        for id in Self.sharedModelIds {
            #expect(shared.contains { $0.message.contains("'\(id)'") }, "no shared-model-id finding for \(id)")
        }

        let dead = report.findings(rule: .deadTableKey)
        #expect(dead.count == 1)
        let upscale = try #require(registry.models.first { $0.config.modelName == "runware upscale" })
        #expect(dead.first?.subject == .model(recordId: upscale.recordId))
        #expect(dead.first?.message.contains("'3'") == true)
        #expect(dead.first?.file == upscale.sourcePath)
        #expect(dead.first?.line != nil)

        // Inactive models used by templates, and models no template uses, from the data.
        var used = Set(catalog.contentTemplates.map(\.modelRecordId))
        for w in catalog.workflowTemplates { for s in w.steps { used.insert(s.modelRecordId) } }
        let inactiveUses = catalog.contentTemplates.filter { registry.model(recordId: $0.modelRecordId)?.config.isActive == false }.count
            + catalog.workflowTemplates.flatMap(\.steps).filter { registry.model(recordId: $0.modelRecordId)?.config.isActive == false }.count
        #expect(report.findings(rule: .inactiveModelInTemplate).count == inactiveUses)
        let unused = Set(registry.models.map(\.recordId)).subtracting(used)
        #expect(Set(report.findings(rule: .unusedModel).map(\.subject)) == Set(unused.map { .model(recordId: $0) }))
        #expect(report.findings(rule: .unusedModel).count == unused.count)

        let expectedRules: Set<String> = [
            "non-uuid-record-id", "shared-model-id", "dead-table-key", "inactive-model-in-template", "unused-model",
            "near-duplicate-name",
        ]
        #expect(report.findings(rule: .nearDuplicateName).count == Self.nearDuplicateSpellings)
        let unexpected = report.warnings.filter { !expectedRules.contains($0.rule) }
        #expect(unexpected.isEmpty, "\(FindingFormatter().lines(for: unexpected))")
    }

    @Test func everyModelFindingPointsIntoItsFile() throws {
        let (report, _) = try report()
        for finding in report.findings {
            guard case .model = finding.subject else { continue }
            #expect(finding.file?.hasPrefix("Sources/ModelRegistry/Models/") == true, "\(finding)")
            #expect(finding.line != nil, "\(finding)")
        }
    }
}
