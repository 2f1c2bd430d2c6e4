import Foundation
import Integrity
import ModelRegistry
import Testing
import TokenPricing

@Suite("Registry rules: one fixture model per rule")
struct ModelRuleTests {
    private let imageFile = "Sources/ModelRegistry/Models/prompt_to_image/FixtureImageModels.swift"
    private let videoFile = "Sources/ModelRegistry/Models/prompt_to_video/FixtureVideoModels.swift"

    /// The line and column of `recordId: "<id>"` (the `occurrence`-th) in the model's file.
    private func recordIdPosition(_ model: ModelDefinition, occurrence: Int = 0) throws -> (line: Int, column: Int) {
        try #require(Support.position(of: "recordId: \"\(model.recordId)\"", in: Support.modelSource(model), occurrence: occurrence))
    }

    @Test func fixtureModelsHaveRegistryPaths() {
        #expect(FixtureModels.image.sourcePath == imageFile)
        #expect(FixtureModels.video.sourcePath == videoFile)
    }

    @Test func cleanModelsHaveNoFindings() {
        let report = Support.checkModels([FixtureModels.image, FixtureModels.video])
        #expect(report.findings.isEmpty, "\(report.findings)")
    }

    @Test func duplicateRecordIdIsReportedInBothFiles() throws {
        let report = Support.checkModels([FixtureModels.image, FixtureModels.duplicateOfImageElsewhere])
        #expect(report.findings.count == 2, "\(report.findings)")
        let findings = report.findings(rule: .duplicateRecordId)
        #expect(findings.count == 2)
        #expect(Set(findings.map(\.file)) == [imageFile, videoFile])
        for f in findings {
            #expect(f.severity == .error)
            #expect(f.subject == .model(recordId: FixtureModels.image.recordId))
            #expect(f.message.contains("declared by 2 models"))
        }
        let inImage = try #require(findings.first { $0.file == imageFile })
        let inVideo = try #require(findings.first { $0.file == videoFile })
        let p1 = try recordIdPosition(FixtureModels.image)
        let p2 = try recordIdPosition(FixtureModels.duplicateOfImageElsewhere)
        #expect(inImage.line == p1.line && inImage.column == p1.column)
        #expect(inVideo.line == p2.line && inVideo.column == p2.column)
    }

    @Test func duplicateRecordIdInOneFilePointsAtEachDeclaration() throws {
        let report = Support.checkModels([FixtureModels.image, FixtureModels.duplicateOfImage])
        let findings = report.findings(rule: .duplicateRecordId)
        #expect(findings.count == 2)
        let first = try recordIdPosition(FixtureModels.image, occurrence: 0)
        let second = try recordIdPosition(FixtureModels.image, occurrence: 1)
        #expect(Set(findings.compactMap(\.line)) == [first.line, second.line])
    }

    @Test func nonUUIDRecordIdIsAWarning() throws {
        let report = Support.checkModels([FixtureModels.image, FixtureModels.nonUUID])
        #expect(report.findings.count == 1, "\(report.findings)")
        let f = try #require(report.findings.first)
        #expect(f.rule == "non-uuid-record-id")
        #expect(f.severity == .warning)
        #expect(f.subject == .model(recordId: "300@1"))
        #expect(f.file == imageFile)
        #expect(f.line == (try recordIdPosition(FixtureModels.nonUUID)).line)
        #expect(f.message.contains("'300@1'"))
        #expect(report.isClean)
    }

    @Test func sharedModelIdIsOneWarningListingTheRecordIds() throws {
        let report = Support.checkModels([FixtureModels.sharedSecond, FixtureModels.image, FixtureModels.sharedFirst])
        #expect(report.findings.count == 1, "\(report.findings)")
        let f = try #require(report.findings.first)
        #expect(f.rule == "shared-model-id")
        #expect(f.severity == .warning)
        // Reported on the first entry in registry order.
        #expect(f.subject == .model(recordId: FixtureModels.sharedFirst.recordId))
        #expect(f.file == imageFile)
        #expect(f.line == (try recordIdPosition(FixtureModels.sharedFirst)).line)
        #expect(f.message.contains("'fixture/shared'"))
        #expect(f.message.contains(FixtureModels.sharedFirst.recordId))
        #expect(f.message.contains(FixtureModels.sharedSecond.recordId))
    }

    @Test func pricingOnAParameterTheSchemaLacksIsAnError() throws {
        let report = Support.checkModels([FixtureModels.pricingUnknown])
        #expect(report.findings.count == 1, "\(report.findings)")
        let f = try #require(report.findings.first)
        #expect(f.rule == "pricing-unknown-parameter")
        #expect(f.severity == .error)
        #expect(f.subject == .model(recordId: FixtureModels.pricingUnknown.recordId))
        #expect(f.file == imageFile)
        let p = try #require(Support.position(of: ".multiplier(\"image_size\"", in: Support.modelSource(FixtureModels.pricingUnknown)))
        #expect(f.line == p.line)
        #expect(f.column == p.column + ".multiplier(".count)
        #expect(f.message.contains("image_size"))
    }

    @Test func incompleteTableIsAnError() throws {
        let report = Support.checkModels([FixtureModels.pricingIncomplete])
        #expect(report.findings.count == 1, "\(report.findings)")
        let f = try #require(report.findings.first)
        #expect(f.rule == "pricing-table-incomplete")
        #expect(f.severity == .error)
        #expect(f.file == videoFile)
        let p = try #require(Support.position(of: ".multiplier(\"duration\", [\"5\": \"1\"])", in: Support.modelSource(FixtureModels.pricingIncomplete)))
        #expect(f.line == p.line)
        #expect(f.message.contains("10"))
    }

    @Test func deadTableKeyIsAWarningAtTheKey() throws {
        let report = Support.checkModels([FixtureModels.deadKey])
        #expect(report.findings.count == 1, "\(report.findings)")
        let f = try #require(report.findings.first)
        #expect(f.rule == "dead-table-key")
        #expect(f.severity == .warning)
        #expect(f.subject == .model(recordId: FixtureModels.deadKey.recordId))
        let source = try Support.modelSource(FixtureModels.deadKey)
        let p = try #require(Support.position(of: "\"3\": \"1.5\"", in: source))
        #expect(f.line == p.line)
        #expect(f.column == p.column)
        #expect(f.message.contains("'3'"))
    }

    @Test func perUnitOnTextIsAnInvalidFactor() throws {
        let report = Support.checkModels([FixtureModels.pricingInvalid])
        #expect(report.findings.count == 1, "\(report.findings)")
        let f = try #require(report.findings.first)
        #expect(f.rule == "pricing-invalid-factor")
        #expect(f.severity == .error)
        let p = try #require(Support.position(of: ".perUnit(\"style\")", in: Support.modelSource(FixtureModels.pricingInvalid)))
        #expect(f.line == p.line)
    }

    @Test func unusedModelIsAWarning() throws {
        let catalog = try Support.catalogue("clean")
        let models = [FixtureModels.image, FixtureModels.video, FixtureModels.sharedFirst]
        let report = IntegrityChecker().check(registry: ModelRegistry(models: models), catalog: catalog)
        #expect(report.findings.count == 1, "\(report.findings)")
        let f = try #require(report.findings.first)
        #expect(f.rule == "unused-model")
        #expect(f.severity == .warning)
        #expect(f.subject == .model(recordId: FixtureModels.sharedFirst.recordId))
        #expect(f.file == imageFile)
        #expect(f.line == (try recordIdPosition(FixtureModels.sharedFirst)).line)
    }

    @Test func packageRootIsPreferredAndMissingFilesLoseOnlyTheLine() throws {
        // A package root without the file: the compile-time path is used instead.
        let elsewhere = FileManager.default.temporaryDirectory
        let report = Support.checkModels([FixtureModels.nonUUID], packageRoot: elsewhere)
        #expect(report.findings.first?.line != nil)

        // A model whose file does not exist keeps its relative path.
        var ghost = FixtureModels.nonUUID
        ghost.sourceFile = "/nonexistent/Sources/ModelRegistry/Models/prompt_to_image/Ghost.swift"
        let ghostReport = Support.checkModels([ghost], packageRoot: elsewhere)
        let f = try #require(ghostReport.findings.first)
        #expect(f.file == "Sources/ModelRegistry/Models/prompt_to_image/Ghost.swift")
        #expect(f.line == nil)

        // A model made in memory (no `Sources/` in its path) has no file.
        ghost.sourceFile = "memory"
        let memory = try #require(Support.checkModels([ghost]).findings.first)
        #expect(memory.file == nil)
        #expect(memory.line == nil)
    }

    @Test func everyRuleCodeIsUniqueAndKebabCase() {
        let codes = IntegrityRule.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        for code in codes {
            #expect(code.allSatisfy { $0.isLowercase || $0 == "-" })
        }
        #expect(IntegrityRule.nonUUIDRecordId.severity == .warning)
        #expect(IntegrityRule.duplicateRecordId.severity == .error)
    }
}
