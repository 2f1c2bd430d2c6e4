import AdminSiteKit
import Foundation
import Integrity
import ModelRegistry
import Testing
import TokenPricing

/// `admin-site lock` then `admin-site check`: a price change fails the check until it is locked.
@Suite struct LockRunnerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let klingId = "84084ca4-4153-46bc-8d01-cd4e37d1da68"

    /// A folder holding a copy of the committed lockfile.
    func scratchWithTheCommittedLock() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Site"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.root.appendingPathComponent(SiteDefaults.priceLockPath), to: dir.appendingPathComponent(SiteDefaults.priceLockPath))
        return dir
    }

    @Test func theCheckFailsOnAnUnlockedChangeAndPassesAfterLock() throws {
        let dir = try scratchWithTheCommittedLock()
        defer { try? FileManager.default.removeItem(at: dir) }
        let changed = ModelRegistry(models: ModelRegistry.standard.models.map { m in
            var m = m
            if m.recordId == Self.klingId { m.config.baseTokenCost = 30 }
            return m
        })
        // The model files are read from the real package, the lockfile from the scratch copy.
        let lockPath = dir.appendingPathComponent(SiteDefaults.priceLockPath).path
        let checker = IntegrityChecker(packageRoot: Self.root)
        let before = checker.checkPriceLock(registry: changed, lockFile: lockPath).findings
        #expect(before.map(\.rule) == ["price-changed"])
        #expect(ExitStatus(findings: before) == .failed)

        let runner = LockRunner(packageRoot: dir, registry: changed)
        let outcome = try runner.run()
        #expect(outcome.wrote)
        #expect(outcome.changes.map(\.summary) == ["Kling V2.1 Pro at defaults: 25 → 30 (+20 %); range 25–50 → 30–60; 2 of 2 matrix points changed"])
        #expect(outcome.report(lockFile: SiteDefaults.priceLockPath, modelCount: changed.models.count).contains("wrote Site/prices.lock.json (140 models, 1 change)"))
        #expect(checker.checkPriceLock(registry: changed, lockFile: lockPath).findings.isEmpty)

        // A second run has nothing to do and leaves the file alone.
        let again = try runner.run()
        #expect(!again.wrote)
    }

    @Test func theCommittedLockIsWhatLockWritesToday() throws {
        let committed = try String(contentsOf: Self.root.appendingPathComponent(SiteDefaults.priceLockPath), encoding: .utf8)
        let dir = try scratchWithTheCommittedLock()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outcome = try LockRunner(packageRoot: dir).run()
        #expect(!outcome.wrote, "Site/prices.lock.json is stale: run `swift run admin-site lock`")
        #expect(try String(contentsOf: dir.appendingPathComponent(SiteDefaults.priceLockPath), encoding: .utf8) == committed)
    }
}
