import PriceLock
import Testing
import TokenPricing

/// The diff of two locks and its words: what `check` prints and the history lists.
@Suite struct PriceLockDiffTests {
    func lock(_ models: PricedModel...) -> PriceLock { PriceLock(pricing: models) }

    @Test func aBaseCostChangeReadsAsTheIssueExample() throws {
        let diff = PriceLockDiff(from: lock(LockModels.kling()), to: lock(LockModels.kling(base: 25)))
        #expect(diff.changes.count == 1)
        let change = try #require(diff.repriced.first)
        #expect(change.atDefaults == PriceMove(old: 12, new: 25))
        #expect(change.pointsChanged == 6)
        #expect(diff.changes[0].summary == "Kling V2 Pro at defaults: 12 → 25 (+108 %); range 12–48 → 25–100; 6 of 6 matrix points changed")
    }

    @Test func aChangeOffTheDefaultsCountsItsPoints() throws {
        let diff = PriceLockDiff(from: lock(LockModels.kling()), to: lock(LockModels.kling(tenSeconds: 3)))
        let r = try #require(diff.repriced.first)
        #expect(r.atDefaults == nil)
        #expect(r.pointsChanged == 3)
        #expect(r.pointsCompared == 6)
        #expect(diff.changes[0].summary == "Kling V2 Pro: range 12–48 → 12–72; 3 of 6 matrix points changed")
    }

    @Test func addedRemovedAndUnchangedModels() throws {
        let a = LockModels.flat("a", "Flat A", 3), b = LockModels.flat("b", "Flat B", "0.5")
        let diff = PriceLockDiff(from: lock(a, LockModels.kling()), to: lock(a, b))
        #expect(diff.added.map(\.recordId) == ["b"])
        #expect(diff.removed.map(\.recordId) == ["84084ca4-4153-46bc-8d01-cd4e37d1da68"])
        #expect(diff.changes.map(\.summary) == [
            "Kling V2 Pro removed (was 12 at defaults, range 12–48)", "Flat B added: 0.5 at defaults",
        ])
        #expect(PriceLockDiff(from: lock(a, b), to: lock(b, a)).isEmpty)
    }

    @Test func aRuleRewrittenWithTheSamePricesIsARedefinitionNotARepricing() throws {
        var same = LockModels.flat("a", "Flat A", 3)
        same.rule = PricingRule(minimumCharge: 1)
        let diff = PriceLockDiff(from: lock(LockModels.flat("a", "Flat A", 3)), to: lock(same))
        guard case .redefined = try #require(diff.changes.first) else { Issue.record("\(diff.changes)"); return }
        #expect(diff.repriced.isEmpty)
        #expect(diff.changes[0].summary.hasPrefix("Flat A: pricing rule changed; the prices"))
    }

    @Test(arguments: [
        ("12", "25", "12 → 25 (+108 %)"), ("20", "10", "20 → 10 (-50 %)"), ("3", "3.01", "3 → 3.01 (+<1 %)"),
        ("0", "1", "0 → 1"), ("3", "4", "3 → 4 (+33 %)"), ("3", "5", "3 → 5 (+67 %)"),
    ])
    func movesInWords(old: String, new: String, text: String) {
        #expect(PriceMove(old: ExactDecimal(old), new: ExactDecimal(new)).text == text)
    }

    @Test func aMissingPriceIsSaidInWords() {
        #expect(PriceMove(old: 12, new: nil).text == "12 → no price")
    }
}
