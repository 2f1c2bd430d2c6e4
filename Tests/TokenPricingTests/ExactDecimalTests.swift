import Foundation
import Testing
import TokenPricing

@Suite("ExactDecimal")
struct ExactDecimalTests {
    // MARK: Parsing and text

    @Test("parses plain, signed and scientific notation", arguments: [
        ("3", "3"), ("-0.07", "-0.07"), ("+4", "4"), ("1.16666", "1.16666"), ("2.5e-3", "0.0025"),
        ("1E2", "100"), ("1.50", "1.5"), ("0.000", "0"), ("-0", "0"), ("007", "7"), (".5", "0.5"), ("5.", "5"),
        ("12e+1", "120"), ("1.500000000000000000000000000000000000", "1.5"),
    ])
    func parses(_ text: String, _ canonical: String) throws {
        let value = try #require(ExactDecimal(text))
        #expect(value.description == canonical)
    }

    @Test("rejects what is not a decimal", arguments: [
        "", "-", "+", ".", "NaN", "inf", "1,5", "1.2.3", "e5", "1e", "1e999", "abc", " 1", "1 ", "0x10", "--1",
        "1234567890123456789012345678901234567890", // 40 digits: more than Int128 holds exactly
    ])
    func rejects(_ text: String) {
        #expect(ExactDecimal(text) == nil)
    }

    @Test("the canonical description has no exponent and no trailing zeros", arguments: [
        (ExactDecimal(significand: 35000, scale: 4), "3.5"),
        (ExactDecimal(significand: 7, scale: 2), "0.07"),
        (ExactDecimal(significand: -125, scale: 2), "-1.25"),
        (ExactDecimal(significand: 5, scale: 30), "0.000000000000000000000000000005"),
        (ExactDecimal(12), "12"),
        (ExactDecimal.zero, "0"),
    ])
    func description(_ value: ExactDecimal, _ text: String) {
        #expect(value.description == text)
    }

    @Test("equal values have equal representations, whatever the scale they were written at")
    func normalised() {
        let a: ExactDecimal = "1.50", b: ExactDecimal = "1.5"
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a.scale == 1 && a.significand == 15)
        #expect(ExactDecimal(significand: 100, scale: 2) == 1)
    }

    // MARK: Arithmetic

    @Test("0.1 × 3 is exactly 0.3 and 0.1 + 0.2 is exactly 0.3")
    func noBinaryFloatingPoint() throws {
        let tenth: ExactDecimal = "0.1"
        #expect(try #require(tenth.multiplied(by: 3)) == "0.3")
        #expect(try #require(tenth.adding("0.2")) == "0.3")
        #expect((tenth * 3).description == "0.3")
        #expect((tenth + "0.2").description == "0.3")
    }

    @Test("adds and subtracts at different scales", arguments: [
        ("1.5", "0.25", "1.75", "1.25"),
        ("3", "0.07", "3.07", "2.93"),
        ("0.001", "1000", "1000.001", "-999.999"),
        ("-2.5", "2.5", "0", "-5"),
        ("1.16666", "0.00004", "1.1667", "1.16662"),
    ])
    func addition(_ a: String, _ b: String, _ sum: String, _ difference: String) throws {
        let x = try #require(ExactDecimal(a)), y = try #require(ExactDecimal(b))
        #expect(try #require(x.adding(y)).description == sum)
        #expect(try #require(x.subtracting(y)).description == difference)
    }

    @Test("the ChatGPT 4o Image product is exact: 3 × 1.16666 = 3.49998")
    func exactProduct() throws {
        let product = try #require(ExactDecimal(3).multiplied(by: "1.16666"))
        #expect(product.description == "3.49998")
        #expect(product.rounded(places: 2, mode: .halfAwayFromZero).description == "3.5")
    }

    @Test("multiplication overflow returns nil instead of losing digits")
    func multiplicationOverflow() throws {
        let big = try #require(ExactDecimal("99999999999999999999999999999999999999"))  // 38 digits
        #expect(big.multiplied(by: 10) == nil)
        #expect(big.multiplied(by: big) == nil)
        // More than 30 decimals cannot be kept…
        let tiny = ExactDecimal(significand: 1, scale: 30)
        #expect(tiny.multiplied(by: "0.1") == nil)
        // …unless trailing zeros bring the scale back in range.
        #expect(tiny.multiplied(by: "0.5") == nil)
        #expect(ExactDecimal(significand: 5, scale: 30).multiplied(by: "0.2") == ExactDecimal(significand: 1, scale: 30))
    }

    @Test("addition overflow returns nil")
    func additionOverflow() throws {
        let big = try #require(ExactDecimal("99999999999999999999999999999999999999"))
        #expect(big.adding(big) == nil)
        #expect(big.subtracting(big) == 0)
        #expect(ExactDecimal(significand: 1, scale: 30).adding(big) == nil)  // aligning the scales overflows
    }

    @Test("division is exact when the quotient terminates", arguments: [
        ("7", "4", "1.75"), ("1", "8", "0.125"), ("3.5", "0.5", "7"), ("-1", "2", "-0.5"),
        ("1000", "1000", "1"), ("2500", "1000", "2.5"), ("0", "3", "0"), ("1", "0.001", "1000"),
    ])
    func exactDivision(_ a: String, _ b: String, _ quotient: String) throws {
        let x = try #require(ExactDecimal(a)), y = try #require(ExactDecimal(b))
        #expect(try #require(x.divided(by: y)).description == quotient)
    }

    @Test("division is nil when the quotient does not terminate or the divisor is 0", arguments: [
        ("1", "3"), ("2", "7"), ("10", "6"), ("1", "0"),
    ])
    func inexactDivision(_ a: String, _ b: String) throws {
        let x = try #require(ExactDecimal(a)), y = try #require(ExactDecimal(b))
        #expect(x.divided(by: y) == nil)
    }

    @Test("orders by value across scales")
    func ordering() {
        #expect(ExactDecimal("0.07") < ExactDecimal("0.1"))
        #expect(ExactDecimal("-1.5") < ExactDecimal("-1.25"))
        #expect(ExactDecimal("2") > ExactDecimal("1.999999999999999999999999999999"))
        #expect([ExactDecimal("3.5"), 1, "0.25"].max() == "3.5")
    }

    @Test("integers, ceiling and intValue")
    func integers() {
        #expect(ExactDecimal("2.001").ceiling == 3)
        #expect(ExactDecimal("-2.5").ceiling == -2)
        #expect(ExactDecimal("42").intValue == 42)
        #expect(ExactDecimal("4.2").intValue == nil)
        #expect(ExactDecimal("4.0").isInteger)
    }

    // MARK: Rounding

    @Test("every rounding mode on ties, negatives and plain cases", arguments: [
        // value, mode, places, expected
        ("2.345", RoundingMode.halfAwayFromZero, 2, "2.35"),
        ("-2.345", .halfAwayFromZero, 2, "-2.35"),
        ("2.345", .halfEven, 2, "2.34"),
        ("2.355", .halfEven, 2, "2.36"),
        ("-2.345", .halfEven, 2, "-2.34"),
        ("-2.355", .halfEven, 2, "-2.36"),
        ("2.3451", .halfEven, 2, "2.35"),  // above the tie
        ("2.341", .up, 2, "2.35"),
        ("-2.349", .up, 2, "-2.34"),
        ("2.349", .down, 2, "2.34"),
        ("-2.341", .down, 2, "-2.35"),
        ("2.349", .towardZero, 2, "2.34"),
        ("-2.349", .towardZero, 2, "-2.34"),
        ("2.344", .halfAwayFromZero, 2, "2.34"),
        ("3.49998", .halfAwayFromZero, 2, "3.5"),
        ("3.9999", .halfAwayFromZero, 2, "4"),
        ("0.5", .halfEven, 0, "0"),
        ("1.5", .halfEven, 0, "2"),
        ("2.5", .halfAwayFromZero, 0, "3"),
        ("1.2", .up, 3, "1.2"),  // already within the places
    ])
    func rounding(_ value: String, _ mode: RoundingMode, _ places: Int, _ expected: String) throws {
        let v = try #require(ExactDecimal(value))
        #expect(v.rounded(places: places, mode: mode).description == expected)
    }

    @Test("every mode has a phrase", arguments: RoundingMode.allCases)
    func phrases(_ mode: RoundingMode) {
        #expect(!mode.phrase.isEmpty)
    }

    @Test("formatted(places:) pads and rounds half away from zero", arguments: [
        ("3.5", 2, "3.50"), ("3", 2, "3.00"), ("0.07", 1, "0.1"), ("2.345", 2, "2.35"),
        ("-2.345", 2, "-2.35"), ("12.5", 0, "13"), ("0.125", 3, "0.125"), ("0", 2, "0.00"),
    ])
    func formatted(_ value: String, _ places: Int, _ text: String) throws {
        #expect(try #require(ExactDecimal(value)).formatted(places: places) == text)
    }

    // MARK: Codable

    @Test("decodes JSON numbers with the digits as written", arguments: [
        ("0.07", "0.07"), ("1.16666", "1.16666"), ("1.3333", "1.3333"), ("3", "3"), ("-2.5", "-2.5"),
        ("1e-2", "0.01"), ("125", "125"), ("0.1", "0.1"),
    ])
    func decodesNumbers(_ json: String, _ expected: String) throws {
        let value = try JSONDecoder().decode(ExactDecimal.self, from: Data(json.utf8))
        #expect(value == ExactDecimal(expected)!)
        #expect(value.description == expected)
    }

    @Test("decodes JSON strings and rejects text that is no number")
    func decodesStrings() throws {
        #expect(try JSONDecoder().decode(ExactDecimal.self, from: Data(#""1.16666""#.utf8)) == "1.16666")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ExactDecimal.self, from: Data(#""1,5""#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ExactDecimal.self, from: Data("true".utf8)) }
    }

    @Test("encodes as a JSON string with every digit, and round-trips")
    func encodes() throws {
        let values: [ExactDecimal] = ["3.49998", "0.07", "125", "-1.25"]
        let data = try JSONEncoder().encode(values)
        #expect(String(decoding: data, as: UTF8.self) == #"["3.49998","0.07","125","-1.25"]"#)
        #expect(try JSONDecoder().decode([ExactDecimal].self, from: data) == values)
    }

    @Test("converts from and to Foundation's Decimal exactly")
    func foundationDecimal() throws {
        let d = Decimal(string: "1.16666")!
        #expect(ExactDecimal(d) == "1.16666")
        #expect(ExactDecimal("3.49998").decimalValue == Decimal(string: "3.49998")!)
    }
}
