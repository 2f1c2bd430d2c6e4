import Testing
import TokenPricing

/// Reading decimal text never lands on a nearby value: it is exact or it is refused
/// (issue 10, item 5).
@Suite("ExactDecimal text")
struct ExactDecimalTextTests {
    /// The canonical text by the plainest means: the significand's digits with the point
    /// `scale` places from the right, as the reference for `description`.
    static func plainText(_ x: ExactDecimal) -> String {
        var digits = String(x.significand.magnitude)
        if x.scale > 0 {
            if digits.count <= x.scale { digits = String(repeating: "0", count: x.scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -x.scale))
        }
        return (x.significand < 0 ? "-" : "") + digits
    }

    @Test("the text of a decimal is its significand's digits with the point placed by its scale, 64-bit or not")
    func descriptionMatchesDigits() throws {
        var seed: UInt64 = 0xDEC1_3A15
        func next() -> UInt64 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return seed
        }
        var values: [ExactDecimal] = [.zero, .one, "-0.5", "0.07", "100", "-1.25", "123456789.000000001"]
        let edges: [Int128] = [0, 1, -1, 9, 10, Int128(UInt64.max), Int128(UInt64.max) + 1, -Int128(UInt64.max), -Int128(UInt64.max) - 1, Int128.max, Int128.min + 1]
        for e in edges { for scale in [0, 1, 5, 19, 20, 21, 30] { values.append(ExactDecimal(significand: e, scale: scale)) } }
        for _ in 0..<3000 {
            let high = Int128(Int64(bitPattern: next())) >> Int(next() % 64)
            let significand = (high << 64) | Int128(next() >> (next() % 64))
            values.append(ExactDecimal(significand: next() % 3 == 0 ? significand : Int128(Int64(bitPattern: next()) >> Int(next() % 63)), scale: Int(next() % 25)))
        }
        for x in values {
            #expect(x.description == Self.plainText(x), "\(x.significand) scale \(x.scale)")
            #expect(ExactDecimal(x.description) == x)
            // Fixed notation: the rounded value's text, padded with zeros to `places` decimals.
            for places in [0, 1, 2, 4, 6] {
                let r = x.rounded(places: places, mode: .halfAwayFromZero)
                var expected = Self.plainText(r)
                if places > 0 {
                    let have = expected.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count
                    expected += (have == nil ? "." : "") + String(repeating: "0", count: places - (have ?? 0))
                }
                #expect(x.formatted(places: places) == expected, "\(x) to \(places) places")
            }
        }
    }

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
