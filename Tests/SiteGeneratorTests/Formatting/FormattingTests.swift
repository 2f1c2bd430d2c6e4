import Foundation
import ModelRegistry
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

    @Test("file sizes in binary units and limits in seconds or whole minutes", arguments: [
        (10_485_760, "10 MiB"), (209_715_200, "200 MiB"), (104_857_600, "100 MiB"), (1536, "1.5 KiB"), (512, "512 bytes"), (1, "1 byte"),
    ])
    func bytes(n: Int, text: String) {
        #expect(Format.bytes(n) == text)
    }

    @Test("durations of a limit", arguments: [("22", "22 s"), ("0.5", "0.5 s"), ("240", "4 min"), ("90", "90 s")] as [(ExactDecimal, String)])
    func limitSeconds(s: ExactDecimal, text: String) {
        #expect(Format.seconds(s) == text)
    }

    @Test("a model's extra limits are listed in a fixed order, absent ones left out")
    func configLimits() {
        let config = ModelConfig(
            recordId: "r", modelId: "m", modelName: "M", provider: .kieAI, contentType: .lipSync, baseTokenCost: 1,
            estimatedTimeSeconds: 10, apiKeyName: "KIE_AI_API_KEY_LIP_SYNC", maxFileSizeBytes: 10_485_760, maxDurationSeconds: 30,
            maxVideos: 1)
        let rows = ModelPage.configLimits(config).map { "\($0["label"] as? String ?? "?"): \($0["value"] as? String ?? "?")" }
        #expect(rows == ["Max videos: 1", "Max file size: 10 MiB", "Max duration: 30 s"])
        let plumbing = ModelPage.configPlumbing(config).map { "\($0["label"] as? String ?? "?"): \($0["value"] as? String ?? "?")" }
        #expect(plumbing == ["API key (secret name): KIE_AI_API_KEY_LIP_SYNC"])
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
