import Foundation
import Testing
import TokenPricing

@testable import SiteGenerator

@Suite("ExactJSONEncoder")
struct ExactJSONEncoderTests {
    struct Inner: Codable, Equatable {
        var n: Int
        var t: String?
    }

    struct Doc: Codable, Equatable {
        var a: [String]
        var b: ExactDecimal
        var c: Inner?
        var d: Inner?
        var e: JSONParameter
        var f: SortedKeys<String>
        var g: Bool

        static func == (x: Doc, y: Doc) -> Bool {
            x.a == y.a && x.b == y.b && x.c == y.c && x.d == y.d && x.e == y.e && x.f.dictionary == y.f.dictionary && x.g == y.g
        }
    }

    static var doc: Doc {
        Doc(
        a: ["x\"\\\n\u{1}", "é"], b: "1.16666", c: Inner(n: 3, t: nil), d: nil,
        e: JSONParameter(.object(["z": .number("2.50"), "a": .array([.number("0.1"), .null, .bool(false)])])),
        f: SortedKeys(["y": "2", "b": "1"]), g: true)
    }

    @Test("pretty output: sorted keys, nil as null, money as decimal strings, parameter numbers exact, strings escaped")
    func pretty() throws {
        let text = String(decoding: try ExactJSONEncoder(compact: false).encode(Self.doc), as: UTF8.self)
        #expect(text == """
            {
              "a": [
                "x\\"\\\\\\n\\u0001",
                "é"
              ],
              "b": "1.16666",
              "c": {
                "n": 3,
                "t": null
              },
              "d": null,
              "e": {
                "a": [
                  0.1,
                  null,
                  false
                ],
                "z": 2.5
              },
              "f": {
                "b": "1",
                "y": "2"
              },
              "g": true
            }

            """)
    }

    @Test("compact output has no whitespace and reads back to the same values")
    func compact() throws {
        let bytes = try ExactJSONEncoder(compact: true).encode(Self.doc)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix(#"{"a":["x\"\\\n\u0001","é"],"b":"1.16666","c":{"n":3,"t":null},"d":null,"#))
        #expect(text.hasSuffix("\n") && !text.dropLast().contains("\n"))
        #expect(try JSONDecoder().decode(Doc.self, from: Data(bytes)) == Self.doc)
    }

    struct Unsorted: Encodable {
        var b = 1
        var a = 2
    }

    @Test("a key out of order is refused, naming both keys")
    func unsorted() {
        #expect {
            try ExactJSONEncoder().encode(Unsorted())
        } throws: { error in
            "\(error)".contains("key 'a' comes after 'b'")
        }
    }

    struct Floating: Encodable { var x = 0.1 }

    @Test("binary floating point is refused")
    func floatingPoint() {
        #expect(throws: EncodingError.self) { try ExactJSONEncoder().encode(Floating()) }
        #expect(throws: EncodingError.self) { try ExactJSONEncoder().encode([1.5]) }
    }

    @Test("an array made while it is written")
    func lazyArray() throws {
        let array = LazyJSONArray(count: 3) { Inner(n: $0, t: "\($0)") }
        let text = String(decoding: try ExactJSONEncoder().encode(array), as: UTF8.self)
        #expect(text == #"[{"n":0,"t":"0"},{"n":1,"t":"1"},{"n":2,"t":"2"}]"# + "\n")
        #expect(String(decoding: try ExactJSONEncoder().encode(LazyJSONArray<Inner>(count: 0) { _ in fatalError() }), as: UTF8.self) == "[]\n")
    }
}
