import Foundation
import Testing
import TokenPricing

@Suite("JSONWriter")
struct JSONWriterTests {
    static func document(compact: Bool) -> String {
        var w = JSONWriter(compact: compact)
        w.beginObject()
        w.key("a"); w.beginArray(); w.element(); w.string("x\"\\\n\u{1}\u{8}\u{c}/é"); w.element(); w.null(); w.element(); w.bool(true); w.endArray()
        w.key("b"); w.money("1.16666")
        w.key("c"); w.beginObject(); w.endObject()
        w.key("d"); w.value(.object(["z": .number("2.50"), "a": .array([.number("0.1"), .bool(false)])]))
        w.key("e"); w.int(-3)
        w.endObject()
        return String(decoding: w.finishDocument(), as: UTF8.self)
    }

    /// The escaping `string` promises, one byte at a time, as the reference.
    static func escapedByHand(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0..<0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test("strings are escaped as the reference escapes them, every special character at every offset")
    func escapingAcrossWords() {
        // Every character class (controls, the quote, the backslash, DEL, bytes at 0x80 and
        // above) at every offset, and random mixes; a fixed seed, so a failure repeats.
        let pieces: [String] = ["a", "Z", " ", "/", "\"", "\\", "\n", "\t", "\u{1}", "\u{1f}", "\u{7f}", "é", "€", "🎬", "!", "~", "0"]
        var seed: UInt64 = 0x1234_5678
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        var texts = [""] + pieces
        for special in pieces {
            for offset in 0..<20 { texts.append(String(repeating: "x", count: offset) + special + String(repeating: "y", count: 9)) }
        }
        for _ in 0..<2000 { texts.append((0..<(next() % 40)).map { _ in pieces[next() % pieces.count] }.joined()) }
        for text in texts {
            var w = JSONWriter(compact: true)
            w.string(text)
            #expect(String(decoding: w.finishDocument(), as: UTF8.self) == Self.escapedByHand(text) + "\n", "\(text.debugDescription)")
        }
    }

    @Test("pretty: two-space indentation, money as a string, parameter numbers exact, keys of parameter objects sorted")
    func pretty() {
        #expect(Self.document(compact: false) == """
            {
              "a": [
                "x\\"\\\\\\n\\u0001\\b\\f/é",
                null,
                true
              ],
              "b": "1.16666",
              "c": {},
              "d": {
                "a": [
                  0.1,
                  false
                ],
                "z": 2.5
              },
              "e": -3
            }

            """)
    }

    @Test("compact: one line, and strings escaped exactly as JSONEncoder escapes them")
    func compact() throws {
        let text = Self.document(compact: true)
        #expect(text == #"{"a":["x\"\\\n\u0001\b\f/é",null,true],"b":"1.16666","c":{},"d":{"a":[0.1,false],"z":2.5},"e":-3}"# + "\n")
        let tricky = "tab\t cr\r nul\u{0} del\u{7f} quote\" slash/ back\\ ☃"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var w = JSONWriter()
        w.string(tricky)
        #expect(String(decoding: w.bytes, as: UTF8.self) == String(decoding: try encoder.encode(tricky), as: UTF8.self))
    }

    @Test("answers one after another on their own lines (NDJSON)")
    func lines() {
        var w = JSONWriter()
        for n in 1...2 {
            w.beginObject(); w.key("line"); w.int(n); w.endObject(); w.newline()
        }
        #expect(String(decoding: w.bytes, as: UTF8.self) == "{\"line\":1}\n{\"line\":2}\n")
        w.removeAll()
        #expect(w.bytes.isEmpty)
    }
}

/// Money and numbers are written from their digits straight into the buffer; the bytes must
/// be `ExactDecimal.description`'s, for small and large significands and every scale.
@Suite struct JSONWriterDecimalTests {
    @Test("money and numbers are written exactly as their description", arguments: [
        "0", "3", "-3", "3.5", "3.50", "0.005", "-0.005", "12.34", "1000", "0.1", "9223372036854775807", "-9223372036854775808",
        "92233720368547758.07", "0.0000000000000000001", "123456789012345678901234567890", "-1.000000000000000000000000000001",
        "1e20", "1234.5678901234567890123",
    ] as [String])
    func digits(_ text: String) throws {
        let value = try #require(ExactDecimal(text))
        var w = JSONWriter(compact: true)
        w.beginArray()
        w.element(); w.money(value)
        w.element(); w.value(.number(value))
        w.endArray()
        #expect(String(decoding: w.bytes, as: UTF8.self) == "[\"\(value.description)\",\(value.description)]")
    }
}
