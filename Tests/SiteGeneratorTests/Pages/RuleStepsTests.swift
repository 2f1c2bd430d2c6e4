import ModelRegistry
import Testing
import TokenPricing

@testable import SiteGenerator

/// The model page's rule list: one step per part of the rule, in the order it applies.
@Suite("Rule steps")
struct RuleStepsTests {
    @Test("basis, each factor with its table, the minimum and the rounding, in order")
    func allParts() {
        let m = UnitPriceTests.model(
            [UnitPriceTests.seconds, UnitPriceTests.resolution],
            PricingRule(
                factors: [
                    .multiplier("resolution", ["480p": 1, "720p": "2.5"], whenAbsent: "480p"),
                    .perUnit("duration", unitName: "second", limits: QuantityLimits(minimum: 1, maximum: 10)),
                ],
                minimumCharge: "0.5", rounding: .cents))
        let steps = RuleSteps.steps(m, unit: TokenUnit())
        #expect(steps.map(\.title) == [
            "Base cost", "× a factor by resolution", "× the seconds of duration", "Minimum charge", "Rounding",
        ])
        #expect(steps[0].detail == "2 tokens per call")
        #expect(steps[1].rows == [["480p", "× 1"], ["720p", "× 2.5"]])
        #expect(steps[1].detail.contains("taking 480p when not given"))
        #expect(steps[1].detail.contains("any other value cannot be priced"))
        #expect(steps[2].detail == "counted at least 1 and at most 10")
        #expect(steps[3].detail.hasPrefix("0.5 tokens"))
        #expect(steps[4].detail.contains("rounded to 2 decimals"))
    }

    @Test("a price table lists its rows under its parameters, with units")
    func table() {
        let m = UnitPriceTests.model(
            [SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]), UnitPriceTests.resolution],
            PricingRule(basis: .priceTable(PriceTable("resolution", "duration", rows: [("720p", "5", 20), ("720p", "10", 40)], otherwise: 60))))
        let step = RuleSteps.steps(m, unit: TokenUnit(name: "credit"))[0]
        #expect(step.title == "Price table by resolution and duration (seconds)")
        #expect(step.headers == ["resolution", "duration (seconds)", "Price (credits)"])
        #expect(step.rows == [["720p", "5", "20"], ["720p", "10", "40"]])
        #expect(step.detail.contains("any other combination: 60 credits"))
    }

    @Test("a rate and a measured usage say what they multiply")
    func rateAndUsage() {
        let m = UnitPriceTests.model([], PricingRule(basis: .rate("0.1"), factors: [
            .usage(.audioDurationSeconds, assumed: 30, limits: QuantityLimits(minimum: 3, maximumBy: LimitTable("o", ["image": 10], whenAbsent: "image"))),
        ]), base: 1)
        let steps = RuleSteps.steps(m, unit: TokenUnit())
        #expect(steps[0].title == "Rate" && steps[0].detail.hasPrefix("0.1 tokens"))
        #expect(steps[1].title == "× the input audio's duration in seconds")
        #expect(steps[1].detail.contains("30 seconds assumed"))
        #expect(steps[1].detail.contains("at least 3 and at most 10 when o is image (image when not given)"))
    }
}

