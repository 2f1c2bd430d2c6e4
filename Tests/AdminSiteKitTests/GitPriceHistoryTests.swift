import AdminSiteKit
import Foundation
import PriceLock
import Testing
import TokenPricing

/// The price history read from a real (temporary) git repository.
@Suite struct GitPriceHistoryTests {
    static let lockFile = "Site/prices.lock.json"

    static func video(base: ExactDecimal, tenSeconds: ExactDecimal = 2) -> PricedModel {
        PricedModel(
            recordId: "v", name: "Video", baseTokenCost: base,
            schema: InputSchema(properties: [SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"])]),
            rule: PricingRule(factors: [.multiplier("duration", ["5": 1, "10": tenSeconds], whenAbsent: "5")]))
    }

    static func image(_ id: String, _ base: ExactDecimal) -> PricedModel {
        PricedModel(recordId: id, name: "Image \(id)", baseTokenCost: base, schema: InputSchema(properties: []), rule: .flat)
    }

    static func lock(_ models: PricedModel...) -> String { PriceLock(pricing: models).encoded }

    /// Three commits that change prices, one that does not touch the lockfile.
    func repositoryWithThreePriceCommits() throws -> TemporaryGitRepository {
        let repo = try TemporaryGitRepository()
        try repo.initialise()
        try repo.commit(Self.lockFile, Self.lock(Self.video(base: 12), Self.image("a", 2)), subject: "Lock the first prices", date: "2025-01-01T10:00:00+01:00")
        try repo.commit("README.md", "hello\n", subject: "Write a readme", date: "2025-01-02T10:00:00Z")
        try repo.commit(Self.lockFile, Self.lock(Self.video(base: 25), Self.image("a", 2)), subject: "Raise the video price", date: "2025-02-01T10:00:00Z")
        try repo.commit(Self.lockFile, Self.lock(Self.video(base: 25, tenSeconds: 3), Self.image("b", 1)), subject: "Replace image a by b; dearer long videos", date: "2025-03-01T10:00:00Z")
        return repo
    }

    @Test func threeCommitsGiveTheirHistoryNewestFirst() throws {
        let repo = try repositoryWithThreePriceCommits()
        defer { repo.remove() }
        let history = GitPriceHistory(root: repo.root).read()
        #expect(history.unavailable == nil)
        #expect(history.commits.map(\.commit.subject) == ["Replace image a by b; dearer long videos", "Raise the video price", "Lock the first prices"])
        #expect(history.commits.map(\.commit.authorDate) == ["2025-03-01T10:00:00+00:00", "2025-02-01T10:00:00+00:00", "2025-01-01T10:00:00+01:00"])
        #expect(history.commits.allSatisfy { $0.commit.sha.count == 40 && $0.commit.sha.hasPrefix($0.commit.shortSha) })

        let newest = history.commits[0]
        #expect(newest.added.map(\.recordId) == ["b"])
        #expect(newest.removed.map(\.recordId) == ["a"])
        #expect(newest.changes.map(\.summary) == [
            "Image a removed (was 2 at defaults)", "Image b added: 1 at defaults",
            "Video: range 25–50 → 25–75; 1 of 2 matrix points changed",
        ])
        #expect(history.commits[1].repriced.first?.atDefaults == PriceMove(old: 12, new: 25))
        #expect(history.commits[2].added.count == 2)
        #expect(history.repricedRecently(withinDays: 30) == ["v"])
        // The same commits give the same history.
        #expect(GitPriceHistory(root: repo.root).read() == history)
    }

    @Test func anAbsoluteLockfilePathInsideThePackageReadsTheSameHistory() throws {
        let repo = try repositoryWithThreePriceCommits()
        defer { repo.remove() }
        let absolute = repo.root.appendingPathComponent(Self.lockFile).path
        let history = GitPriceHistory(root: repo.root, lockFile: absolute).read()
        #expect(history == GitPriceHistory(root: repo.root).read())
        #expect(history.commits.count == 3)
    }

    @Test func aShallowCloneHasNoHistoryAndSaysWhy() throws {
        let repo = try repositoryWithThreePriceCommits()
        defer { repo.remove() }
        let clone = FileManager.default.temporaryDirectory.appendingPathComponent("price-history-clone-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: clone) }
        try repo.git("clone", "-q", "--depth", "1", "file://\(repo.root.path)", clone.path, in: FileManager.default.temporaryDirectory)
        let reader = GitPriceHistory(root: clone)
        #expect(reader.read().unavailable == .shallowClone)
        #expect(reader.unavailability() == .shallowClone)
        #expect(PriceHistoryUnavailable.shallowClone.remedy.contains("fetch-depth: 0"))
    }

    @Test func aFolderThatIsNoRepositoryHasNoHistory() throws {
        let folder = try TemporaryGitRepository()
        defer { folder.remove() }
        #expect(GitPriceHistory(root: folder.root).read().unavailable == .notARepository)
    }

    @Test func aRepositoryWithoutTheLockfileHasNoHistory() throws {
        let repo = try TemporaryGitRepository()
        defer { repo.remove() }
        try repo.initialise()
        try repo.commit("README.md", "x\n", subject: "Start", date: "2025-01-01T00:00:00Z")
        #expect(GitPriceHistory(root: repo.root).unavailability() == .lockfileNotInHistory(path: Self.lockFile))
    }

    @Test func withoutGitThereIsNoHistory() throws {
        let folder = try TemporaryGitRepository()
        defer { folder.remove() }
        let reader = GitPriceHistory(root: folder.root, gitCommand: ["/nonexistent/git"])
        #expect(reader.read().unavailable == .gitNotFound)
    }

    @Test func anUnreadableVersionIsKeptWithItsProblem() throws {
        let repo = try repositoryWithThreePriceCommits()
        defer { repo.remove() }
        try repo.commit(Self.lockFile, "{\"formatVersion\": 1}\n", subject: "Break the lock", date: "2025-03-02T10:00:00Z")
        try repo.commit(Self.lockFile, Self.lock(Self.video(base: 30, tenSeconds: 3), Self.image("b", 1)), subject: "Mend it", date: "2025-03-03T10:00:00Z")
        let history = GitPriceHistory(root: repo.root).read()
        #expect(history.commits.map(\.commit.subject).prefix(2) == ["Mend it", "Break the lock"])
        #expect(history.commits[1].problem == "Site/prices.lock.json: limits: missing required field")
        #expect(history.commits[0].repriced.first?.atDefaults == PriceMove(old: 25, new: 30))
    }
}
