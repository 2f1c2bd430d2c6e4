import Testing
import TokenPricing

/// Reading decimal text never lands on a nearby value: it is exact or it is refused
/// (issue 10, item 5).
@Suite("ExactDecimal text")
struct ExactDecimalTextTests {
    @Test("large exponents are exact: 1e38 is 10^38, not 1e37")
    func largeExponents() throws {
        let value = try #require(ExactDecimal("1e38"))
        #expect(value.description == "1" + String(repeating: "0", count: 38))
        #expect(try #require(ExactDecimal("12e36")).description == "12" + String(repeating: "0", count: 36))
    }

    @Test("a number beyond Int128 is refused, never clamped", arguments: ["1e60", "1e39", "-2e38", "170141183460469231731687303715884105728", "1234567890123456789012345678901234567890"])
    func beyondRange(_ text: String) {
        #expect(ExactDecimal(text) == nil)
        guard case .notExact(let why) = ExactDecimal.parse(text) else {
            Issue.record("\(text) should be a number that cannot be held exactly")
            return
        }
        #expect(!why.isEmpty)
    }

    @Test("more than 38 significant digits are refused, not cut", arguments: [
        "4.000000000000000000000000000000000000001", "0.99999999999999999999999999999999999999999",
        "2.00000000000000000000000000000000000001",
    ])
    func tooManyDigits(_ text: String) {
        #expect(ExactDecimal(text) == nil)
        guard case .notExact(let why) = ExactDecimal.parse(text) else {
            Issue.record("\(text) should be refused as not exact")
            return
        }
        #expect(why.contains("significant digits"))
    }

    @Test("more than 30 decimal places are refused", arguments: ["0.0000000000000000000000000000001", "1e-31"])
    func tooManyPlaces(_ text: String) {
        guard case .notExact(let why) = ExactDecimal.parse(text) else {
            Issue.record("\(text) should be refused as not exact")
            return
        }
        #expect(why.contains("decimal places"))
    }

    @Test("the largest values held are read exactly", arguments: [
        "170141183460469231731687303715884105727", "-170141183460469231731687303715884105727",
        "0.99999999999999999999999999999", "12345678901234567890123456789012345678", "1e-30", "0.000000000000000000000000000001",
    ])
    func edges(_ text: String) throws {
        let value = try #require(ExactDecimal(text))
        #expect(ExactDecimal(value.description) == value)
    }

    @Test("zeros around the digits do not count", arguments: [
        ("1.5" + String(repeating: "0", count: 100), "1.5"), (String(repeating: "0", count: 100) + "7", "7"),
        ("0." + String(repeating: "0", count: 29) + "1", "0.000000000000000000000000000001"), ("0e999999999", "0"),
        ("100000000000000000000000000000000000000e-38", "1"),
    ])
    func zeros(_ text: String, _ canonical: String) throws {
        #expect(try #require(ExactDecimal(text)).description == canonical)
    }

    @Test("malformed text is told apart from numbers that do not fit", arguments: ["", "1e", "--1", "1.2.3", "e5", "0x10"])
    func malformed(_ text: String) {
        #expect(ExactDecimal.parse(text) == .malformed)
    }
}
