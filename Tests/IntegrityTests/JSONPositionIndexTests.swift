import Testing
@testable import Integrity

@Suite("JSON positions")
struct JSONPositionIndexTests {
    @Test func locatesKeysAndElements() {
        let text = """
        {
          "a": [
            {"id": "x", "p": {"k": 1}},
            "two"
          ],
          "é": "\\u00e9\\"q"
        }
        """
        let index = JSONPositionIndex(text: text)
        #expect(index.positions["a"] == .init(line: 2, column: 3))
        #expect(index.positions["a[0]"] == .init(line: 3, column: 5))
        #expect(index.positions["a[0].id"] == .init(line: 3, column: 6))
        #expect(index.positions["a[0].p.k"] == .init(line: 3, column: 23))
        #expect(index.positions["a[1]"] == .init(line: 4, column: 5))
        #expect(index.strings["a[0].id"] == "x")
        #expect(index.strings["é"] == "é\"q")
        #expect(index.position(nearest: "a[0].p.missing") == .init(line: 3, column: 17))
        #expect(index.position(nearest: "nothing") == nil)
    }

    @Test func malformedTextKeepsWhatCameBefore() {
        let index = JSONPositionIndex(text: "{\"a\": 1, \"b\": [1, ")
        #expect(index.positions["a"] != nil)
        #expect(index.positions["b"] != nil)
    }

    @Test func parentPaths() {
        #expect(JSONPositionIndex.parent(of: "a.b[1].c") == "a.b[1]")
        #expect(JSONPositionIndex.parent(of: "a.b[1]") == "a.b")
        #expect(JSONPositionIndex.parent(of: "a") == nil)
    }
}
