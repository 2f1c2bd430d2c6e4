import Foundation
import Testing
import TokenPricing

@testable import SiteGenerator

@Suite("Formatting and CSV")
struct FormattingTests {
    static func parts(_ c: CostText) -> [String] { [c.text, c.raw, String(c.inexact)] }

    @Test("costs show two decimals and keep the exact value raw")
    func costs() {
        let unit = TokenUnit()
        #expect(Self.parts(CostText("3.5", unit: unit)) == ["3.50", "3.5", "false"])
        #expect(Self.parts(CostText("0.0699996", unit: unit)) == ["0.07", "0.0699996", "true"])
        #expect(Self.parts(CostText(125, unit: unit)) == ["125.00", "125", "false"])
        #expect(Self.parts(CostText(nil, unit: unit)) == ["—", "", "false"])
        #expect(CostText("3.5", unit: unit).money == "")
        #expect(Format.costRange(min: 2, max: "40") == "2.00–40.00")
        #expect(Format.costRange(min: 2, max: 2) == "2.00")
    }

    @Test("money is the exact product of tokens and the unit's money value", arguments: [
        ("3.5", "0.01", "0.035 USD"),
        ("125", "0.01", "1.25 USD"),
        ("2", "0.5", "1.00 USD"),
        ("0.0699996", "0.01", "0.000699996 USD"),
        ("0", "0.01", "0.00 USD"),
        ("1.16666", "0.003", "0.00349998 USD"),
    ])
    func money(tokens: String, value: String, expected: String) throws {
        let unit = TokenUnit(moneyValue: try #require(ExactDecimal(value)), currency: "USD")
        let cost = CostText(ExactDecimal(tokens), unit: unit)
        #expect(cost.money == expected)
        #expect(CostText(nil, unit: unit).money == "")
    }

    @Test("numbers and durations")
    func numbers() {
        #expect(Format.integer(12004) == "12,004")
        #expect(Format.integer(-1234567) == "-1,234,567")
        #expect(Format.integer(999) == "999")
        #expect(Format.duration(seconds: 45) == "45 s")
        #expect(Format.duration(seconds: 120) == "2 min")
        #expect(Format.duration(seconds: 125) == "2 min 5 s")
        #expect(Format.duration(seconds: 3780) == "1 h 3 min")
        #expect(Format.count(1, "model") == "1 model")
        #expect(Format.count(2, "entry", plural: "entries") == "2 entries")
    }

    @Test("CSV quotes like site.js and neutralises formulas in text cells")
    func csv() {
        #expect(CSVText.line(["plain", "a \"quoted\" word", "x,y", "two\nlines", ""]) == "plain,\"a \"\"quoted\"\" word\",\"x,y\",\"two\nlines\",\r\n")
        #expect(CSVText.text("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVText.text("@x") == "'@x")
        #expect(CSVText.text("plain") == "plain")
    }

    @Test("markup escaping covers the five HTML characters")
    func escaping() {
        #expect(Escape.html("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(Escape.html("plain") == "plain")
    }
}

/// OWASP CSV injection: a spreadsheet skips leading whitespace before it looks for a
/// formula, so the guard must look past it.
@Suite struct CSVFormulaGuardTests {
    @Test("a formula behind leading whitespace or control characters is neutralised",
          arguments: [
            " =1+1", "   =HYPERLINK(\"http://x\")", "\u{A0}=1", "\u{3000}+1", "\u{200B}@SUM(A1)", " \t-2+3",
            "\u{1}=1", "\u{FF1D}1+1", "\u{FF0B}1", "\u{FF0D}1", "\u{FF20}x", "\t=1", "\r=1", "\n=1", "\tplain", "=", " -",
          ])
    func guarded(value: String) {
        #expect(CSVText.text(value) == "'" + value)
    }

    @Test("text that only starts with spaces, or has a trigger later, is left alone",
          arguments: ["", " ", "  plain", "a=1", "1-2", " x=1", "e-mail", "100%"])
    func unguarded(value: String) {
        #expect(CSVText.text(value) == value)
    }
}
