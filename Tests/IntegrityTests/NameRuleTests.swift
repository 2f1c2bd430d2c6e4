import Integrity
import ModelRegistry
import Testing
import TokenPricing

/// `near-duplicate-name`: model and family names spelt apart only by case or punctuation.
@Suite("Near-duplicate names")
struct NameRuleTests {
    static func model(_ name: String, family: String? = nil, id: String, type: ContentType = .promptToImage) -> ModelDefinition {
        ModelDefinition(
            config: ModelConfig(
                recordId: id, modelId: "m-\(id)", modelName: name, provider: .runware, contentType: type,
                baseTokenCost: 1, estimatedTimeSeconds: 1, modelFamily: family),
            inputSchema: InputSchema(properties: []))
    }

    static let ids = (1...9).map { "00000000-0000-4000-8000-00000000000\($0)" }

    @Test("a family of many models names its first five record ids and how many more")
    func longFamilies() throws {
        let models = [Self.model("A", family: "WAN", id: Self.ids[0])] + (1...7).map { Self.model("B\($0)", family: "Wan", id: Self.ids[$0]) }
        let wan = try #require(Support.checkModels(models).findings(rule: .nearDuplicateName).first { $0.message.hasPrefix("family name 'Wan'") })
        #expect(wan.message.contains("record ids \(Self.ids[1...5].joined(separator: ", ")) and 2 more)"), "\(wan.message)")
    }

    @Test("two spellings of a model name: one warning per spelling, naming the other's record id")
    func modelNames() throws {
        let a = Self.model("FLUX.1 Schnell", id: Self.ids[0]), b = Self.model("Flux.1 Schnell", id: Self.ids[1])
        let report = Support.checkModels([a, b])
        let findings = report.findings(rule: .nearDuplicateName)
        #expect(findings.count == 2, "\(report.findings)")
        #expect(Set(findings.map(\.subject)) == [.model(recordId: a.recordId), .model(recordId: b.recordId)])
        for f in findings {
            #expect(f.severity == .warning)
            #expect(f.triage == .needsAction)
            #expect(f.message.hasPrefix("model name '"))
            #expect(f.message.contains(a.recordId) && f.message.contains(b.recordId))
        }
    }

    @Test("two spellings of a family name: one warning per spelling, on its first model")
    func familyNames() throws {
        let models = [
            Self.model("A", family: "KIE AI", id: Self.ids[0]), Self.model("B", family: "Kie Ai", id: Self.ids[1]),
            Self.model("C", family: "Kie Ai", id: Self.ids[2]),
        ]
        let findings = Support.checkModels(models).findings(rule: .nearDuplicateName)
        #expect(findings.count == 2, "\(findings)")
        #expect(findings.allSatisfy { $0.message.hasPrefix("family name '") })
        let kieAi = try #require(findings.first { $0.message.hasPrefix("family name 'Kie Ai'") })
        #expect(kieAi.message.contains("record ids \(Self.ids[1]), \(Self.ids[2])"))
    }

    @Test("identical names are no finding (the display names tell them apart), nor are different ones")
    func sameOrDifferent() {
        let models = [
            Self.model("Grok Imagine", family: "xAI", id: Self.ids[0]),
            Self.model("Grok Imagine", family: "xAI", id: Self.ids[1], type: .promptToVideo),
            Self.model("Kling V2.1", id: Self.ids[2]), Self.model("Kling V21", id: Self.ids[3]),
            Self.model("Suno V4.5", id: Self.ids[4]), Self.model("Suno V4.5+", id: Self.ids[5]),
        ]
        #expect(Support.checkModels(models).findings(rule: .nearDuplicateName).isEmpty)
    }

    @Test("messages name a model by its unique display name")
    func uniqueNamesInMessages() throws {
        let a = Self.model("Grok Imagine", id: "legacy-a"), b = Self.model("Grok Imagine", id: Self.ids[1], type: .promptToVideo)
        let f = try #require(Support.checkModels([a, b]).findings(rule: .nonUUIDRecordId).first)
        #expect(f.message.contains("Grok Imagine (prompt to image)"), "\(f.message)")
    }

    @Test("the real registry: every near-duplicate spelling is reported")
    func realRegistry() {
        let registry = ModelRegistry.standard
        var spellings: [String: Set<String>] = [:]
        for m in registry.models {
            spellings[ModelDisplayNames.comparisonKey(m.config.modelName), default: []].insert(m.config.modelName)
            if let f = m.config.modelFamily { spellings["family " + ModelDisplayNames.comparisonKey(f), default: []].insert(f) }
        }
        let expected = spellings.values.filter { $0.count > 1 }.map(\.count).reduce(0, +)
        let report = IntegrityChecker().check(registry: registry, catalog: Support.catalogueUsing(registry.models))
        #expect(report.findings(rule: .nearDuplicateName).count == expected)
    }
}

/// Which findings need action and which are for information.
@Suite("Integrity triage")
struct TriageTests {
    @Test("every error rule needs action", arguments: IntegrityRule.allCases.filter { $0.severity == .error })
    func errorsNeedAction(rule: IntegrityRule) {
        #expect(rule.triage == .needsAction)
    }

    @Test("the information-only rules are the deliberate states")
    func informationRules() {
        #expect(Set(IntegrityRule.allCases.filter { $0.triage == .forInformation }) == [.unusedModel, .sharedModelId, .nonUUIDRecordId])
    }

    @Test("a finding's triage: errors always need action, an unknown warning rule too")
    func findingTriage() {
        let unusedAsError = IntegrityFinding(severity: .error, rule: "unused-model", message: "m", subject: .model(recordId: "x"))
        let unknown = IntegrityFinding(severity: .warning, rule: "made-up", message: "m", subject: .model(recordId: "x"))
        let unused = IntegrityFinding(.unusedModel, message: "m", subject: .model(recordId: "x"))
        #expect(unusedAsError.triage == .needsAction)
        #expect(unknown.triage == .needsAction)
        #expect(unused.triage == .forInformation)
        let report = IntegrityReport(findings: [unusedAsError, unknown, unused])
        #expect(report.needingAction.count == 2)
        #expect(report.forInformation == [unused])
    }
}
