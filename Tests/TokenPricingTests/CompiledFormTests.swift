@testable import TokenPricing
import Testing

/// Which compiled form a rule gets decides how fast its calls are, not what they cost (the
/// agreement tests hold every form to `quote`). These pin the forms the fast-path tests
/// rely on, so a change that silently sends a tabulated rule back to the stepwise form, or
/// stops reading a count as a multiplier, fails here rather than only in a benchmark.
@Suite("Compiled forms")
struct CompiledFormTests {
    static func compiled(_ model: PricedModel) -> CompiledPricing {
        CompiledPricing(baseTokenCost: model.baseTokenCost, schema: model.schema, rule: model.rule)
    }

    @Test("a rule over enum values, a close-bounded count and a minimum is one table lookup")
    func tabulatedIsDirect() {
        let form = Self.compiled(FastPathTests.tabulated)
        #expect(form.direct)
        #expect(form.operations.isEmpty && form.minimum == nil)
        // seconds (2 values), turbo (2), the long-named ratio (3), hd (1), count 1...4: each
        // axis also has "not given".
        #expect(form.tablePrices.count == 3 * 3 * 4 * 2 * 5)
        // A parameter left to the table's assumption is priced too: nothing given is the
        // 5-second, no-turbo row. Only the combination no row lists (10 s with turbo) sends a
        // call to the general path: 1 of the table's 9, so 40 of 360.
        #expect(form.tablePrices[form.tableBase] == 2)
        #expect(form.tablePrices.filter { $0 == nil }.count == 40)
    }

    @Test("a compiled check stays 24 bytes with its table weight (more of them share a cache line)")
    func checkSize() {
        #expect(MemoryLayout<CompiledPricing.Check>.stride == 24)
    }

    @Test("a count charged by its characters or by an open number stays stepwise")
    func readsNumbersStepwise() {
        let form = Self.compiled(FastPathTests.model)
        #expect(!form.direct)
        #expect(form.operations.contains { $0.kind == .perUnit })
    }

    @Test("a priced integer between close bounds is checked as the enum of its values; an unpriced one keeps its bounds")
    func integerRanges() {
        let count = SchemaProperty("count", type: .integer, minimum: 1, maximum: 4)
        #expect(count.fastPathEnum(priced: true) == [1, 2, 3, 4])
        #expect(count.fastPathEnum(priced: false) == nil)
        #expect(SchemaProperty("steps", type: .integer, minimum: 1, maximum: 17).fastPathEnum() == nil)
        #expect(SchemaProperty("n", type: .integer, minimum: "0.5", maximum: "2.5").fastPathEnum() == [1, 2])
        #expect(SchemaProperty("x", type: .number, minimum: 1, maximum: 4).fastPathEnum() == nil)
    }
}
