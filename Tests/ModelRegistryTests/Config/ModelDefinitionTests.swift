import Testing
import TokenPricing

@testable import ModelRegistry

/// `ModelDefinition` keeps its fields in a shared box; it must still behave as a value.
@Suite("Model definition as a value")
struct ModelDefinitionTests {
    static let original = Models.all[0]

    @Test("changing a copy leaves the original as it was, field by field")
    func copyOnWrite() {
        var copy = Self.original
        #expect(copy == Self.original)
        copy.config.baseTokenCost = Self.original.config.baseTokenCost + 1
        copy.notes = "changed"
        copy.pricing = PricingRule(minimumCharge: 99)
        copy.inputSchema = InputSchema(properties: [])
        copy.sourceFile = "elsewhere.swift"
        #expect(copy != Self.original)
        #expect(Models.all[0].config.baseTokenCost == Self.original.config.baseTokenCost)
        #expect(Models.all[0].notes == Self.original.notes && Models.all[0].notes != "changed")
        #expect(Models.all[0].pricing == Self.original.pricing && Models.all[0].pricing != copy.pricing)
        #expect(Models.all[0].inputSchema == Self.original.inputSchema && !Models.all[0].inputSchema.properties.isEmpty)
        #expect(Models.all[0].sourceFile == Self.original.sourceFile)
    }

    @Test("two definitions made apart with the same fields are equal and hash alike")
    func equalByValue() {
        let m = Self.original
        let twin = ModelDefinition(config: m.config, inputSchema: m.inputSchema, pricing: m.pricing, notes: m.notes, sourceFile: m.sourceFile)
        #expect(twin == m)
        #expect(Set([twin, m]).count == 1)
        var other = twin
        other.notes = (m.notes ?? "") + "!"
        #expect(other != m && Set([other, m]).count == 2)
    }
}
