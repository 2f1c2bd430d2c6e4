import Foundation
import PropertyBased
import Testing
import TokenPricing

/// Property tests (issue 10): for random models and random valid calls, the engine's total
/// equals an independent evaluation of the same rule in Foundation's `Decimal`; no invalid
/// call ever gets a total.
@Suite("Pricing properties")
struct PricingPropertyTests {
    /// A random pricing case, derived from one seed so a failure is reproduced by its seed.
    struct Case: CustomStringConvertible {
        var base: (Int, Int)                 // significand, scale
        var factors: [String: (Int, Int)]    // tier → multiplier
        var included: Int
        var rate: (Int, Int)
        var minimum: (Int, Int)?
        var rounding: (places: Int, mode: RoundingMode)?
        var parameters: [String: ParameterValue]
        var valid: Bool

        var description: String { "base \(base) factors \(factors) included \(included) rate \(rate) minimum \(String(describing: minimum)) rounding \(String(describing: rounding)) parameters \(parameters) valid \(valid)" }

        init(seed: Int) {
            var g = SplitMix(UInt64(bitPattern: Int64(seed)))
            func dec() -> (Int, Int) { (g.int(0...99_999), g.int(0...4)) }
            base = dec()
            factors = ["a": dec(), "b": dec(), "c": dec()]
            included = g.int(0...10)
            rate = dec()
            minimum = g.int(0...2) == 0 ? dec() : nil
            rounding = g.int(0...2) == 0 ? nil : (g.int(0...3), RoundingMode.allCases[g.int(0...4)])
            var p: [String: ParameterValue] = [:]
            if g.bool() { p["tier"] = .string(["a", "b", "c"][g.int(0...2)]) }
            if g.bool() { p["n"] = .number(ExactDecimal(g.int(1...10))) }
            if g.bool() {
                let scale = g.int(0...3)
                p["secs"] = .number(ExactDecimal(significand: Int128(g.int(0...(60 * [1, 10, 100, 1000][scale]))), scale: scale))
            }
            valid = g.int(0...3) != 0
            if !valid {
                switch g.int(0...5) {
                case 0: p["n"] = .number(ExactDecimal(g.bool() ? 0 : 11))
                case 1: p["n"] = .number("2.5")
                case 2: p["tier"] = "z"
                case 3: p["bogus"] = 1
                case 4: p["secs"] = "sixty"
                default: p["secs"] = .number("-0.001")
                }
            }
            parameters = p
        }

        var model: PricedModel {
            func e(_ d: (Int, Int)) -> ExactDecimal { ExactDecimal(significand: Int128(d.0), scale: d.1) }
            return PricedModel(
                recordId: "m", name: "M", baseTokenCost: e(base),
                schema: InputSchema(properties: [
                    SchemaProperty("tier", type: .string, default: "a", enum: ["a", "b", "c"]),
                    SchemaProperty("n", type: .integer, default: 1, minimum: 1, maximum: 10),
                    SchemaProperty("secs", type: .number, minimum: 0, maximum: 60),
                ]),
                rule: PricingRule(
                    factors: [
                        .multiplier("tier", ["a": e(factors["a"]!), "b": e(factors["b"]!), "c": e(factors["c"]!)], whenAbsent: "a"),
                        .perUnit("n", whenAbsent: 1),
                        .surcharge("secs", included: ExactDecimal(included), ratePerUnit: e(rate)),
                    ],
                    minimumCharge: minimum.map(e),
                    rounding: rounding.map { RoundingRule(places: $0.places, mode: $0.mode) }))
        }

        /// The price in Foundation's `Decimal`, written from the rule's definition
        /// (Docs/PRICING.md), not from the engine: base × tier factor × n + surcharge, then
        /// the minimum, then one rounding.
        var reference: Decimal {
            func d(_ x: (Int, Int)) -> Decimal { Decimal(sign: .plus, exponent: -x.1, significand: Decimal(x.0)) }
            func d(_ v: ParameterValue) -> Decimal { Decimal(string: v.displayText, locale: Locale(identifier: "en_US_POSIX"))! }
            var amount = d(base)
            let tier: String = { if case .string(let s)? = parameters["tier"] { return s }; return "a" }()
            amount *= d(factors[tier]!)
            amount *= parameters["n"].map(d) ?? 1
            if let secs = parameters["secs"].map(d), secs > Decimal(included) {
                amount += (secs - Decimal(included)) * d(rate)
            }
            if let minimum, amount < d(minimum) { amount = d(minimum) }
            if let (places, mode) = rounding {
                var value = amount, result = Decimal()
                let foundationMode: NSDecimalNumber.RoundingMode
                switch mode {
                case .halfAwayFromZero: foundationMode = .plain
                case .halfEven: foundationMode = .bankers
                case .up: foundationMode = .up
                case .down, .towardZero: foundationMode = .down  // every amount here is ≥ 0
                }
                NSDecimalRound(&result, &value, places, foundationMode)
                amount = result
            }
            return amount
        }
    }

    @Test("the total of a random valid call equals an independent Decimal evaluation; an invalid call gets no total")
    func totalsMatchReference() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...Int.max)) { seed in
            let c = Case(seed: seed)
            let model = c.model
            if c.valid {
                guard let total = try? model.total(c.parameters), let quote = try? model.quote(c.parameters) else {
                    Issue.record("a valid call did not price: \(c)")
                    return
                }
                #expect(total == quote.total, "\(c)")
                #expect(total.decimalValue == c.reference, "\(c): engine \(total), reference \(c.reference)")
            } else {
                #expect(throws: PricingError.self, "\(c)") { try model.total(c.parameters) }
                #expect(throws: PricingError.self, "\(c)") { try model.quote(c.parameters) }
            }
        }
    }

    @Test("decimal text round-trips: description then parse gives the same value")
    func textRoundTrip() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: Int.min...Int.max), Gen.int(in: 0...30)) { sig, scale in
            let value = ExactDecimal(significand: Int128(sig) * 1_000_003, scale: scale)
            #expect(ExactDecimal(value.description) == value)
        }
    }
}

/// A small deterministic generator (SplitMix64) for deriving a case from its seed.
struct SplitMix {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func bool() -> Bool { next() & 1 == 1 }
}
