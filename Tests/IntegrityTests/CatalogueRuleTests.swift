import Foundation
import Integrity
import ModelRegistry
import Testing
import TokenPricing

/// One finding a catalogue fixture must produce, located by a marker in the fixture's text.
struct ExpectedFinding: Sendable, CustomStringConvertible {
    var rule: IntegrityRule
    var subject: IntegrityFinding.Subject
    /// Text on the finding's line (the finding's column is where it starts).
    var marker: String
    /// Which line holding the marker, from 0.
    var occurrence = 0
    /// Words the message must contain.
    var mentions: [String] = []

    var description: String { "\(rule.rawValue) at \(marker)" }
}

/// A catalogue fixture and everything it must produce.
struct CatalogueCase: Sendable, CustomStringConvertible {
    var fixture: String
    var expected: [ExpectedFinding]
    var models: [ModelDefinition] = [FixtureModels.image, FixtureModels.video]

    var description: String { fixture }
}

private let poster = IntegrityFinding.Subject.contentTemplate(id: "poster")
private let clip = IntegrityFinding.Subject.contentTemplate(id: "clip")
private let promo = IntegrityFinding.Subject.workflowTemplate(id: "promo-video")

private let cases: [CatalogueCase] = [
    CatalogueCase(fixture: "duplicate-template-id", expected: [
        ExpectedFinding(rule: .duplicateTemplateId, subject: poster, marker: "\"id\": \"poster\"", occurrence: 1, mentions: ["'poster'"]),
    ]),
    CatalogueCase(fixture: "unknown-model", expected: [
        ExpectedFinding(rule: .unknownModel, subject: promo, marker: "\"modelRecordId\": \"no-such-model\"", mentions: ["step 2", "no-such-model"]),
    ]),
    CatalogueCase(fixture: "unknown-model-content", expected: [
        ExpectedFinding(rule: .unknownModel, subject: poster, marker: "\"modelRecordId\": \"ffffffff", mentions: ["ffffffff-0000-4000-8000-000000000000"]),
    ]),
    CatalogueCase(fixture: "mapping-unknown-user-field", expected: [
        ExpectedFinding(rule: .unresolvedMapping, subject: promo, marker: "\"duration\": \"user.lenght\"", mentions: ["lenght"]),
    ]),
    CatalogueCase(fixture: "mapping-same-step", expected: [
        ExpectedFinding(rule: .unresolvedMapping, subject: promo, marker: "\"image_url\": \"step2.video\"", mentions: ["own output"]),
    ]),
    CatalogueCase(fixture: "mapping-later-step", expected: [
        ExpectedFinding(rule: .unresolvedMapping, subject: promo, marker: "\"aspect_ratio\": \"step2.video\"", mentions: ["step 2 runs after step 1"]),
    ]),
    CatalogueCase(fixture: "mapping-unknown-step", expected: [
        ExpectedFinding(rule: .unresolvedMapping, subject: promo, marker: "\"image_url\": \"step7.image\"", mentions: ["no step 7"]),
    ]),
    CatalogueCase(fixture: "mapping-malformed", expected: [
        ExpectedFinding(rule: .unresolvedMapping, subject: promo, marker: "\"image_url\": \"previous.image\"", mentions: ["user.<field>"]),
    ]),
    CatalogueCase(fixture: "mapping-wrong-output-key", expected: [
        ExpectedFinding(rule: .unresolvedMapping, subject: promo, marker: "\"image_url\": \"step1.picture\"", mentions: ["'image'", "'picture'"]),
    ]),
    CatalogueCase(fixture: "mapping-prompt-placeholder", expected: [
        ExpectedFinding(rule: .unresolvedMapping, subject: promo, marker: "\"promptTemplate\": \"Animate {{user.topic}}", mentions: ["{{user.topic}}"]),
    ]),
    CatalogueCase(fixture: "parameter-outside-schema", expected: [
        ExpectedFinding(rule: .parameterOutsideSchema, subject: promo, marker: "\"duration\": 7", mentions: ["steps[1].parameters.duration", "one of 5, 10", "found 7"]),
    ]),
    CatalogueCase(fixture: "parameter-out-of-range", expected: [
        ExpectedFinding(rule: .parameterOutsideSchema, subject: poster, marker: "\"num_images\": 9", mentions: ["presetParameters.num_images", "at most 4"]),
    ]),
    CatalogueCase(fixture: "parameter-wrong-type", expected: [
        ExpectedFinding(rule: .parameterOutsideSchema, subject: poster, marker: "\"aspect_ratio\": 169", mentions: ["presetParameters.aspect_ratio", "expected string"]),
    ]),
    CatalogueCase(fixture: "parameter-unknown-name", expected: [
        ExpectedFinding(rule: .parameterOutsideSchema, subject: clip, marker: "\"fps\": 24", mentions: ["hiddenFieldDefaults.fps"]),
    ]),
    CatalogueCase(fixture: "mapping-target-not-in-schema", expected: [
        ExpectedFinding(rule: .parameterOutsideSchema, subject: promo, marker: "\"motion\": \"user.subject\"", mentions: ["steps[1].inputMappings.motion", "'motion'"]),
    ]),
    CatalogueCase(fixture: "select-option-outside-schema", expected: [
        ExpectedFinding(rule: .parameterOutsideSchema, subject: promo, marker: "\"duration\": \"user.length\"", mentions: ["option 7", "'length'"]),
    ]),
    CatalogueCase(fixture: "editable-field-not-in-schema", expected: [
        ExpectedFinding(rule: .editableFieldNotInSchema, subject: poster, marker: "\"seed\"", mentions: ["'seed'"]),
    ]),
    CatalogueCase(fixture: "required-field-content", expected: [
        ExpectedFinding(rule: .requiredFieldNotProvided, subject: poster, marker: "\"id\": \"poster\"", mentions: ["'prompt'"]),
    ]),
    CatalogueCase(fixture: "required-field-step", expected: [
        ExpectedFinding(rule: .requiredFieldNotProvided, subject: promo, marker: "\"stepNumber\": 2", mentions: ["step 2 (Animate)", "'image_url'"]),
    ]),
    CatalogueCase(fixture: "required-prompt-without-template", expected: [
        ExpectedFinding(rule: .requiredFieldNotProvided, subject: promo, marker: "\"stepNumber\": 1", mentions: ["'prompt'", "no promptTemplate"]),
    ]),
    CatalogueCase(fixture: "step-numbering", expected: [
        ExpectedFinding(rule: .stepNumbering, subject: promo, marker: "\"stepNumber\": 3", mentions: ["1, 3", "expected 1, 2"]),
    ]),
    CatalogueCase(fixture: "select-without-options", expected: [
        ExpectedFinding(rule: .selectWithoutOptions, subject: promo, marker: "\"options\": []", mentions: ["'length'"]),
    ]),
    CatalogueCase(fixture: "duplicate-user-field", expected: [
        ExpectedFinding(rule: .duplicateUserField, subject: promo, marker: "\"name\": \"subject\"", occurrence: 1, mentions: ["'subject'"]),
    ]),
    CatalogueCase(
        fixture: "inactive-model-in-template",
        expected: [
            ExpectedFinding(rule: .inactiveModelInTemplate, subject: .contentTemplate(id: "retro"), marker: "\"modelRecordId\": \"66666666", mentions: ["Fixture Retired"]),
        ],
        models: [FixtureModels.image, FixtureModels.video, FixtureModels.inactive]),
]

@Suite("Catalogue rules: one fixture per rule")
struct CatalogueRuleTests {
    @Test func cleanCatalogueHasNoFindings() throws {
        let report = try Support.check(fixture: "clean", models: [FixtureModels.image, FixtureModels.video])
        #expect(report.findings.isEmpty, "\(report.findings)")
        #expect(report.isClean)
    }

    @Test(arguments: cases)
    func fixtureProducesExactlyItsFinding(_ c: CatalogueCase) throws {
        let report = try Support.check(fixture: c.fixture, models: c.models)
        let text = try Support.text(ofFixture: c.fixture)
        #expect(report.findings.count == c.expected.count, "\(report.findings.map(FindingFormatter().line(for:)))")
        for (finding, expected) in zip(report.findings, c.expected) {
            #expect(finding.rule == expected.rule.rawValue)
            #expect(finding.severity == expected.rule.severity)
            #expect(finding.subject == expected.subject)
            #expect(finding.file == Support.fixturePath(c.fixture))
            let position = try #require(Support.position(of: expected.marker, in: text, occurrence: expected.occurrence))
            #expect(finding.line == position.line, "\(finding.message)")
            #expect(finding.column == position.column, "\(finding.message)")
            for word in expected.mentions {
                #expect(finding.message.contains(word), "'\(word)' not in: \(finding.message)")
            }
        }
    }

    @Test func everyCatalogueRuleHasAFixture() {
        let covered = Set(cases.flatMap { $0.expected.map(\.rule) })
        let catalogueRules: [IntegrityRule] = [
            .duplicateTemplateId, .unknownModel, .unresolvedMapping, .parameterOutsideSchema, .editableFieldNotInSchema,
            .requiredFieldNotProvided, .stepNumbering, .selectWithoutOptions, .duplicateUserField, .inactiveModelInTemplate,
        ]
        for rule in catalogueRules { #expect(covered.contains(rule), "no fixture for \(rule.rawValue)") }
    }

    @Test func promptCountsAsGivenOnlyThroughPromptTemplate() throws {
        // Runware's prompt field is `positivePrompt`: a promptTemplate fills it too.
        let workflow = WorkflowTemplate(id: "w", name: "W", steps: [
            WorkflowStep(stepNumber: 1, modelRecordId: FixtureModels.nonUUID.recordId, promptTemplate: "a cat", outputKey: "image"),
        ])
        let report = IntegrityChecker().check(
            registry: ModelRegistry(models: [FixtureModels.nonUUID]), catalog: TemplateCatalog(workflowTemplates: [workflow]))
        #expect(report.findings(rule: .requiredFieldNotProvided).isEmpty)

        var blank = workflow
        blank.steps[0].promptTemplate = "   "
        let blankReport = IntegrityChecker().check(
            registry: ModelRegistry(models: [FixtureModels.nonUUID]), catalog: TemplateCatalog(workflowTemplates: [blank]))
        #expect(blankReport.findings(rule: .requiredFieldNotProvided).count == 1)
    }

    @Test func findingsWithoutAReadableFileKeepTheFileName() throws {
        let catalog = try Support.catalogue("unknown-model")
        let report = IntegrityChecker().check(
            registry: ModelRegistry(models: [FixtureModels.image, FixtureModels.video]), catalog: catalog,
            catalogFile: "nowhere/templates.json")
        let finding = try #require(report.errors.first)
        #expect(finding.file == "nowhere/templates.json")
        #expect(finding.line == nil)
        #expect(finding.column == nil)
    }

    @Test func positionsFallBackToTheIdWhenTheFileDiffersFromTheCatalogue() throws {
        // The caller's catalogue has the template at another index than the file: the
        // checker finds the `"id": "…"` by search instead of trusting the index.
        var catalog = try Support.catalogue("unknown-model-content")
        catalog.contentTemplates.swapAt(0, 2)
        let text = try Support.text(ofFixture: "unknown-model-content")
        let report = IntegrityChecker().check(
            registry: ModelRegistry(models: [FixtureModels.image, FixtureModels.video]), catalog: catalog,
            catalogFile: "x.json", catalogText: text)
        let finding = try #require(report.findings(rule: .unknownModel).first)
        #expect(finding.line == Support.position(of: "\"id\": \"poster\"", in: text)?.line)
    }

    @Test func loadingFromAURLNamesTheFileRelativeToTheRoot() throws {
        let url = Support.packageRoot.appendingPathComponent(Support.fixturePath("step-numbering"))
        let report = try IntegrityChecker(packageRoot: Support.packageRoot).check(
            registry: ModelRegistry(models: [FixtureModels.image, FixtureModels.video]), catalogAt: url)
        let finding = try #require(report.findings.first)
        #expect(finding.file == Support.fixturePath("step-numbering"))
        #expect(finding.line != nil)
    }

    @Test func anUndecodableCatalogueThrows() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("integrity-bad-\(UUID().uuidString).json")
        try Data(#"{"contentTemplates": [{"id": 3}]}"#.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: CatalogLoadError.self) {
            try IntegrityChecker().check(registry: ModelRegistry(models: []), catalogAt: url, catalogFile: "bad.json")
        }
    }
}
