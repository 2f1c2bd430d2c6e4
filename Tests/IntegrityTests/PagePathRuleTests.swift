import Foundation
import Integrity
import ModelRegistry
import Testing
import TokenPricing

/// `page-path-collision`: ids the site would write to one page are errors of the check, and
/// thereby of the build, which runs the same checker before it renders.
@Suite struct PagePathRuleTests {
    static let lowerUUID = "0f7a3c52-1111-4c3e-9d1e-2b1c0e5a7f10"

    private func model(_ recordId: String, name: String = "M", provider: Provider = .kieAI) -> ModelDefinition {
        ModelDefinition(
            config: ModelConfig(
                recordId: recordId, modelId: "m/\(recordId)", modelName: name, provider: provider, contentType: .promptToImage,
                baseTokenCost: "1", estimatedTimeSeconds: 1),
            inputSchema: InputSchema(properties: [SchemaProperty("prompt", type: .string)]), sourceFile: "memory")
    }

    @Test("two record ids that slug alike are both reported, with the shared path",
          arguments: [
            (lowerUUID, lowerUUID.uppercased()),
            // An id spelled like another id's hashed slug.
            ("Flux Pro", PagePaths.slug("Flux Pro")),
          ])
    func modelIds(first: String, second: String) {
        #expect(first != second)
        #expect(PagePaths.model(recordId: first) == PagePaths.model(recordId: second))
        let report = Support.checkModels([model(first, name: "A"), model(second, name: "B")])
        let findings = report.findings(rule: .pagePathCollision)
        #expect(findings.count == 2)
        #expect(Set(findings.map(\.subject)) == [.model(recordId: first), .model(recordId: second)])
        for f in findings {
            #expect(f.severity == .error)
            #expect(f.message.contains("'\(PagePaths.model(recordId: first))'"))
        }
        #expect(report.findings(rule: .duplicateRecordId).isEmpty, "not the same id: duplicate-record-id stays quiet")
    }

    @Test func templateIdsOfEitherKindThatSlugAlikeAreReportedAtTheirIds() throws {
        let m = model(Self.lowerUUID)
        let catalog = TemplateCatalog(
            contentTemplates: [
                ContentTemplate(id: Self.lowerUUID, name: "a", modelRecordId: m.recordId, userEditableFields: ["prompt"]),
            ],
            workflowTemplates: [
                WorkflowTemplate(id: Self.lowerUUID.uppercased(), name: "b", steps: [
                    WorkflowStep(stepNumber: 1, modelRecordId: m.recordId, promptTemplate: "x", outputKey: "image"),
                ]),
            ])
        let report = IntegrityChecker().check(registry: ModelRegistry(models: [m]), catalog: catalog)
        let findings = report.findings(rule: .pagePathCollision)
        #expect(Set(findings.map(\.subject)) == [.contentTemplate(id: Self.lowerUUID), .workflowTemplate(id: Self.lowerUUID.uppercased())])
        #expect(report.exitStatus() == .failed)
    }

    @Test func idsThatDifferOnlyInCaseButSlugApartAreFine() {
        // `Promo` gets a hashed slug, `promo` keeps its own: two pages, no finding.
        #expect(PagePaths.template(id: "Promo") != PagePaths.template(id: "promo"))
        let m = model(Self.lowerUUID)
        let catalog = TemplateCatalog(contentTemplates: ["Promo", "promo"].map {
            ContentTemplate(id: $0, name: $0, modelRecordId: m.recordId, userEditableFields: ["prompt"])
        })
        let report = IntegrityChecker().check(registry: ModelRegistry(models: [m]), catalog: catalog)
        #expect(report.findings(rule: .pagePathCollision).isEmpty)
    }

    @Test func exactDuplicatesAreLeftToTheDuplicateRules() {
        let report = Support.checkModels([model(Self.lowerUUID, name: "A"), model(Self.lowerUUID, name: "B")])
        #expect(report.findings(rule: .pagePathCollision).isEmpty)
        #expect(report.findings(rule: .duplicateRecordId).count == 2)
    }

    @Test func theRealRegistryAndCatalogueHaveNoCollision() throws {
        let catalog = try TemplateCatalog.load(from: Support.packageRoot.appendingPathComponent("Site/templates.json"))
        let report = IntegrityChecker().check(registry: .standard, catalog: catalog)
        #expect(report.findings(rule: .pagePathCollision).isEmpty)
    }
}
