import Foundation
import Testing
import TokenPricing

/// The exact JSON reader: numbers from their text, errors with key paths, strict JSON.
@Suite("ExactJSONReader")
struct ExactJSONReaderTests {
    @Test("reads every JSON type, numbers exactly")
    func readsEverything() throws {
        let value = try ExactJSONReader.parse(#" {"a": [1, -2.50, 3e2, true, false, null], "b": {"c": "x\"y\u00e9\n"}, "d": 0.1} "#)
        let expected: ParameterValue = ["a": [1, .number("-2.5"), 300, true, false, nil], "b": ["c": "x\"yé\n"], "d": .number("0.1")]
        #expect(value == expected)
    }

    @Test("a number that cannot be held exactly is an error at its key path", arguments: [
        (#"{"parameters": {"n": 4.000000000000000000000000000000000000001}}"#, "parameters.n"),
        (#"{"userInputs": {"x": [1, 2, 1e60]}}"#, "userInputs.x[2]"),
        (#"[0.99999999999999999999999999999999999999999]"#, "[0]"),
        (#"{"a": {"b": [{"c": 1e-31}]}}"#, "a.b[0].c"),
    ])
    func inexactNumbers(_ json: String, _ keyPath: String) {
        #expect {
            _ = try ExactJSONReader.parse(json)
        } throws: { error in
            guard let error = error as? ExactJSONError else { return false }
            return error.keyPath == keyPath && error.message.contains("cannot be held exactly")
        }
    }

    @Test("what is not strict JSON is refused", arguments: [
        "", "{", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "+1", "-", "1e", "NaN", "tru", "nul", "{'a':1}", "[1 2]",
        "{\"a\" 1}", "\"unterminated", "\"tab\there\"", "\"\\x\"", "\"\\ud800\"", "\"\\udc00x\"", "{} {}", "[1]x", "// c\n1",
    ])
    func refusesInvalid(_ json: String) {
        #expect(throws: ExactJSONError.self) { _ = try ExactJSONReader.parse(json) }
    }

    @Test("invalid UTF-8 in a string is refused")
    func invalidUTF8() {
        let bytes: [UInt8] = [0x22, 0x61, 0xFF, 0x22]
        #expect(throws: ExactJSONError.self) {
            _ = try bytes.withUnsafeBufferPointer { buffer throws(ExactJSONError) in try ExactJSONReader.parse(buffer) }
        }
    }

    @Test("a key given twice is an error naming it")
    func duplicateKeys() {
        #expect {
            _ = try ExactJSONReader.parse(#"{"p": {"n": 1, "n": 2}}"#)
        } throws: { error in
            (error as? ExactJSONError)?.keyPath == "p.n" && "\(error)".contains("more than once")
        }
    }

    @Test("nesting deeper than the limit is refused, at the limit it is read")
    func depth() throws {
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(throws: ExactJSONError.self) { _ = try ExactJSONReader.parse(deep) }
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        _ = try ExactJSONReader.parse(ok)
        let hostile = String(repeating: "[", count: 100_000)
        #expect(throws: ExactJSONError.self) { _ = try ExactJSONReader.parse(hostile) }
    }

    @Test("escapes and surrogate pairs decode as Foundation does")
    func agreesWithFoundation() throws {
        let json = #"["\ud83d\ude00", "\/\b\f\r\t", "\u0000", "é😀", ""]"#
        let ours = try ExactJSONReader.parse(json)
        let theirs = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String]
        #expect(ours == .array(theirs.map { .string($0) }))
    }
}
