import Foundation
import Integrity
import ModelRegistry
import PriceLock
import Testing
import TokenPricing

/// `price-changed` and `price-lock-invalid`: the registry against the committed lockfile.
@Suite struct PriceLockRuleTests {
    static let lockFile = "Site/prices.lock.json"
    static let klingId = "84084ca4-4153-46bc-8d01-cd4e37d1da68"
    let checker = IntegrityChecker(packageRoot: Support.packageRoot)

    func lockText() throws -> String {
        try String(contentsOf: Support.packageRoot.appendingPathComponent(Self.lockFile), encoding: .utf8)
    }

    /// The standard registry with Kling V2.1 Pro (image to video, 25 tokens × duration) changed by `change`.
    func registry(changing change: (inout ModelDefinition) -> Void) -> ModelRegistry {
        ModelRegistry(models: ModelRegistry.standard.models.map { m in
            var m = m
            if m.recordId == Self.klingId { change(&m) }
            return m
        })
    }

    @Test func theCommittedLockMatchesTheRegistry() throws {
        let report = checker.checkPriceLock(registry: .standard, lockText: try lockText(), lockFile: Self.lockFile)
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
    }

    @Test func anUnlockedPriceChangeIsAnErrorAtTheModelsFile() throws {
        let changed = registry { $0.config.baseTokenCost = 30 }
        let findings = checker.checkPriceLock(registry: changed, lockText: try lockText(), lockFile: Self.lockFile).findings
        let f = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(f.rule == "price-changed")
        #expect(f.severity == .error)
        #expect(f.file == "Sources/ModelRegistry/Models/image_to_video/KlingV21ProImageToVideo.swift")
        #expect(f.line == 7)
        #expect(f.message == "Kling V2.1 Pro at defaults: 25 → 30 (+20 %); range 25–50 → 30–60; 2 of 2 matrix points changed; run `admin-site lock` to accept it and commit Site/prices.lock.json")
        #expect(changed.models.count == ModelRegistry.standard.models.count)
    }

    @Test func aRuleChangeThatMovesNoLockedPriceStillNeedsTheLock() throws {
        let changed = registry { $0.pricing.minimumCharge = 1 }
        let f = try #require(checker.checkPriceLock(registry: changed, lockText: try lockText(), lockFile: Self.lockFile).findings.first)
        #expect(f.rule == "price-changed")
        #expect(f.message.hasPrefix("Kling V2.1 Pro: pricing rule changed"))
    }

    @Test func addedAndRemovedModelsAreFindingsToo() throws {
        var added = Models.klingV21ProImageToVideo
        added.config.recordId = "00000000-0000-4000-8000-000000000000"
        added.config.modelName = "Kling V3"
        let models = ModelRegistry.standard.models.filter { $0.recordId != Self.klingId } + [added]
        let findings = checker.checkPriceLock(registry: ModelRegistry(models: models), lockText: try lockText(), lockFile: Self.lockFile).findings
        #expect(findings.map(\.message).sorted() == [
            "Kling V2.1 Pro removed (was 25 at defaults, range 25–50) from the registry, but still in Site/prices.lock.json; run `admin-site lock` to accept it and commit Site/prices.lock.json",
            "Kling V3 added: 25 at defaults, range 25–50, but not in Site/prices.lock.json; run `admin-site lock` to accept it and commit Site/prices.lock.json",
        ])
        let removed = try #require(findings.first { $0.message.contains("removed") })
        #expect(removed.file == Self.lockFile)
        let line = try #require(removed.line)
        #expect(try lockText().split(separator: "\n", omittingEmptySubsequences: false)[line - 1].contains(Self.klingId))
    }

    @Test func aMissingLockfileIsAnError() {
        let f = checker.checkPriceLock(registry: .standard, lockText: nil, lockFile: Self.lockFile).findings
        #expect(f.map(\.rule) == ["price-lock-invalid"])
        #expect(f.first?.message.contains("does not exist; run `admin-site lock`") == true)
    }

    @Test func anUnreadableLockfileIsAnErrorAtItsKeyPath() throws {
        let text = try lockText().replacingOccurrences(of: "\"atDefaults\": \"25\"", with: "\"atDefaults\": 25")
        let f = try #require(checker.checkPriceLock(registry: .standard, lockText: text, lockFile: Self.lockFile).findings.first)
        #expect(f.rule == "price-lock-invalid")
        #expect(f.message.contains(#"atDefaults: expected a decimal string such as "3.5", found number 25"#))
        let line = try #require(f.line)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1].contains("\"atDefaults\": 25"))
    }

    @Test func theCheckPassesAfterTheLockIsRewritten() throws {
        let changed = registry { $0.config.baseTokenCost = 30 }
        let rewritten = PriceLock(pricing: changed.models.map(\.priced)).encoded
        #expect(checker.checkPriceLock(registry: changed, lockText: rewritten, lockFile: Self.lockFile).findings.isEmpty)
        #expect(!checker.checkPriceLock(registry: .standard, lockText: rewritten, lockFile: Self.lockFile).findings.isEmpty)
    }
}
