import Foundation
import Testing
import TokenPricing

@testable import SiteGenerator

@Suite("Formatting, JSON and CSV")
struct FormattingTests {
    static func parts(_ c: CostText) -> [String] { [c.text, c.raw, String(c.inexact)] }

    @Test("costs show two decimals and keep the exact value raw")
    func costs() {
        #expect(Self.parts(CostText("3.5")) == ["3.50", "3.5", "false"])
        #expect(Self.parts(CostText("0.0699996")) == ["0.07", "0.0699996", "true"])
        #expect(Self.parts(CostText(125)) == ["125.00", "125", "false"])
        #expect(Self.parts(CostText(nil)) == ["—", "", "false"])
        #expect(Format.costRange(min: 2, max: "40") == "2.00–40.00")
        #expect(Format.costRange(min: 2, max: 2) == "2.00")
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

    @Test("JSON is sorted, exact and escaped")
    func json() throws {
        let doc = JSONText.object([
            "b": .decimal("1.16666"), "a": .array([.string("x\"\\\n\u{1}"), .null, .bool(true)]), "c": .object([:]),
        ]).document
        #expect(doc == "{\n  \"a\": [\n    \"x\\\"\\\\\\n\\u0001\",\n    null,\n    true\n  ],\n  \"b\": 1.16666,\n  \"c\": {}\n}\n")
        #expect(try JSONSerialization.jsonObject(with: Data(doc.utf8)) is [String: Any])
    }

    @Test("JSONWriter writes the same bytes as a JSONText tree")
    func jsonWriter() {
        let params: [String: ParameterValue] = [
            "z": .number("2.50"), "a": .array([.string("q\""), .bool(false), .null, .object([:]), .array([])]),
            "m": .object(["y": .number("1"), "b": .string("t\u{1}")]),
        ]
        let tree = JSONText.object([
            "models": .array([
                .object([
                    "p": .parameters(params), "e": .array([]), "o": .object([:]), "n": .int(nil), "i": .int(3),
                    "d": .decimalString("0.125"), "s": .array([.string("x"), .string("y")]), "b": .bool(true),
                ]),
                .object([:]),
            ]),
            "version": .int(1),
        ]).documentBytes
        let written = JSONWriter.versionedArrayDocument(key: "models", count: 2, bytesPerElement: 8) { i, w in
            w.beginObject()
            if i == 0 {
                w.key("b"); w.bool(true)
                w.key("d"); w.decimalString("0.125")
                w.key("e"); w.beginArray(); w.endArray()
                w.key("i"); w.int(3)
                w.key("n"); w.int(nil as Int?)
                w.key("o"); w.beginObject(); w.endObject()
                w.key("p"); w.parameters(params)
                w.key("s"); w.strings(["x", "y"])
            }
            w.endObject()
        }
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: tree, as: UTF8.self))
        let empty = JSONWriter.versionedArrayDocument(key: "models", count: 0, bytesPerElement: 8) { _, _ in }
        #expect(empty == JSONText.object(["models": .array([]), "version": .int(1)]).documentBytes)
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
