import Testing
import TokenPricing

@testable import SiteGenerator

@Suite("JSONShape")
struct JSONShapeTests {
    typealias Doc = ExactJSONEncoderTests.Doc
    typealias Inner = ExactJSONEncoderTests.Inner

    @Test("the shape lists every key, sorted, with nested objects and arrays; optionals are followed")
    func shape() {
        let shape = JSONShape.of(Doc.self)
        #expect(shape.text == #"{"a", "b", "c": {"n", "t"}, "d": {"n", "t"}, "e", "f": {…}, "g"}"#)
        #expect(shape.keyPaths == ["a", "b", "c", "c.n", "c.t", "d", "d.n", "d.t", "e", "f", "g"])
        #expect(JSONShape.of(LazyJSONArray<Inner>.self).text == #"[{"n", "t"}]"#)
    }
}
