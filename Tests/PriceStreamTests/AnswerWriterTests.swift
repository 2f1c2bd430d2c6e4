import Foundation
import ModelRegistry
import Testing
import TokenPricing
@testable import PriceStream

/// The hand-written answer writer gives, byte for byte, what `JSONEncoder` (sorted keys, no
/// escaped slashes) gives for the same answer: the speed-up changes no output.
@Suite("Answer writer")
struct AnswerWriterTests {
    /// The answer as the stream used to encode it, with `line` on every answer.
    private struct Reference: Encodable {
        var quote: PriceQuote?
        var cost: TemplateCost?
        var error: PricingError?
        var line: Int

        enum CodingKeys: String, CodingKey {
            case modelRecordId, total, unrounded, lineItems, templateId, min, atDefaults, max, steps, error, line
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(line, forKey: .line)
            if let quote {
                try c.encode(quote.modelRecordId, forKey: .modelRecordId)
                try c.encode(quote.total, forKey: .total)
                try c.encode(quote.unrounded, forKey: .unrounded)
                try c.encode(quote.lineItems, forKey: .lineItems)
            }
            if let cost {
                try c.encode(cost.templateId, forKey: .templateId)
                try c.encode(cost.min, forKey: .min)
                try c.encode(cost.atDefaults, forKey: .atDefaults)
                try c.encode(cost.max, forKey: .max)
                try c.encodeIfPresent(cost.total, forKey: .total)
                try c.encode(cost.steps, forKey: .steps)
            }
            if let error { try c.encode(error, forKey: .error) }
        }
    }

    private func encoded(_ r: Reference) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(r), as: UTF8.self)
    }

    private func written(_ body: (inout AnswerWriter) -> Void) -> String {
        var w = AnswerWriter()
        body(&w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    @Test("every registry model's quote at its defaults")
    func quotes() throws {
        for model in ModelRegistry.standard.models {
            let quote = try model.priced.quote(model.inputSchema.defaults)
            #expect(written { $0.quote(quote, line: 7) } == (try encoded(Reference(quote: quote, line: 7))), "\(model.config.modelName)")
        }
    }

    @Test("every catalogue template's cost")
    func costs() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Site/templates.json")
        let catalog = try TemplateCatalog.load(from: url)
        let pricer = TemplatePricer(models: ModelRegistry.standard)
        var costs: [TemplateCost] = []
        for t in catalog.contentTemplates { costs.append(try pricer.cost(of: t)) }
        for w in catalog.workflowTemplates { costs.append(try pricer.cost(of: w)) }
        #expect(costs.count >= 17)
        for cost in costs {
            #expect(written { $0.cost(cost, line: 3) } == (try encoded(Reference(cost: cost, line: 3))), "\(cost.templateId)")
        }
    }

    @Test("errors, with every optional field and awkward text", arguments: [
        PricingError(.malformedRequest, message: "plain"),
        PricingError(
            .invalidParameter, message: "quote \" backslash \\ slash / newline \n tab \t control \u{01} é 😀",
            modelRecordId: "m", templateId: "t", stepNumber: 2, keyPath: "parameters.x",
            issues: [SchemaIssue(keyPath: "parameters.x", kind: .aboveMaximum, expected: "at most 4", found: "5")]),
    ])
    func errors(_ error: PricingError) throws {
        #expect(written { $0.error(error, line: 12) } == (try encoded(Reference(error: error, line: 12))))
    }

    @Test("parameter values of every type, nested, keys sorted")
    func values() throws {
        let quote = PriceQuote(modelRecordId: "m", total: "1.5", unrounded: "1.499", lineItems: [
            PriceLineItem(kind: .multiplier, label: "x", parameter: "p", value: ["b": [1, "two", true, nil], "a": .number("-0.25"), "B": ["z": false]],
                          valueAssumed: true, factor: "1.5", subtotal: "1.5"),
            PriceLineItem(kind: .surcharge, label: "y", value: .number("12345678901234567890.5"), added: "0.001", subtotal: "1.501"),
        ])
        #expect(written { $0.quote(quote, line: 1) } == (try encoded(Reference(quote: quote, line: 1))))
    }
}
