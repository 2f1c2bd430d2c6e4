import PriceLock
import Testing
import TokenPricing

/// The history built from versions of the lockfile (git is read elsewhere).
@Suite struct PriceHistoryTests {
    func commit(_ n: Int, day: Int) -> GitCommitInfo {
        GitCommitInfo(
            sha: String(repeating: "\(n)", count: 40), shortSha: String(repeating: "\(n)", count: 7),
            authorTimestamp: 1_700_000_000 + day * 86_400, authorDate: "2023-11-\(14 + day)T22:13:20Z", subject: "commit \(n)")
    }

    func version(_ n: Int, day: Int, _ models: [PricedModel]) -> PriceLockVersion {
        PriceLockVersion(commit: commit(n, day: day), content: .success(PriceLock(pricing: models)))
    }

    @Test func commitsAreNewestFirstWithTheirChanges() throws {
        let a = LockModels.flat("a", "Flat A", 3)
        let history = PriceHistory(versions: [
            version(1, day: 0, [a, LockModels.kling()]),
            version(2, day: 1, [a, LockModels.kling()]),  // touched, nothing changed: left out
            version(3, day: 10, [a, LockModels.kling(base: 25)]),
            version(4, day: 50, [LockModels.kling(base: 25)]),
        ])
        #expect(history.commits.map(\.commit.subject) == ["commit 4", "commit 3", "commit 1"])
        #expect(history.commits[2].added.count == 2)
        #expect(history.commits[1].repriced.map(\.new.recordId) == ["84084ca4-4153-46bc-8d01-cd4e37d1da68"])
        #expect(history.commits[0].removed.map(\.name) == ["Flat A"])
        #expect(history.changes(recordId: "84084ca4-4153-46bc-8d01-cd4e37d1da68").map(\.commit.subject) == ["commit 3", "commit 1"])
    }

    @Test func recentMeansRelativeToTheNewestCommit() {
        let history = PriceHistory(versions: [
            version(1, day: 0, [LockModels.kling(), LockModels.flat("a", "A", 1)]),
            version(2, day: 3, [LockModels.kling(base: 13), LockModels.flat("a", "A", 1)]),
            version(3, day: 35, [LockModels.kling(base: 13), LockModels.flat("a", "A", 2)]),
        ])
        #expect(history.repricedRecently(withinDays: 30) == ["a"])
        #expect(history.repricedRecently(withinDays: 32) == ["a", "84084ca4-4153-46bc-8d01-cd4e37d1da68"])
    }

    @Test func anUnreadableVersionIsKeptWithItsProblemAndSkipped() {
        let history = PriceHistory(versions: [
            version(1, day: 0, [LockModels.kling()]),
            PriceLockVersion(commit: commit(2, day: 1), content: .failure(PortableFormatError(keyPath: "models", message: "bad"))),
            version(3, day: 2, [LockModels.kling(base: 13)]),
        ])
        #expect(history.commits.map(\.commit.subject) == ["commit 3", "commit 2", "commit 1"])
        #expect(history.commits[1].problem == "models: bad")
        #expect(history.commits[0].repriced.first?.atDefaults == PriceMove(old: 12, new: 13))
    }

    @Test func noHistorySaysWhyAndWhatToDo() {
        let reason = PriceHistoryUnavailable.shallowClone
        #expect(PriceHistory(unavailable: reason).commits.isEmpty)
        #expect(reason.remedy.contains("fetch-depth: 0"))
    }
}
