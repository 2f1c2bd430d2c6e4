import Foundation
import TokenPricing
@testable import PriceStream

/// Small models for the stream tests.
enum StreamFixtures {
    struct Catalog: ModelCatalog {
        let byId: [String: PricedModel]
        init(_ models: [PricedModel]) { byId = Dictionary(uniqueKeysWithValues: models.map { ($0.recordId, $0) }) }
        func pricedModel(recordId: String) -> PricedModel? { byId[recordId] }
    }

    /// 2 tokens per image, 1 to 4 images.
    static let images = PricedModel(
        recordId: "images", name: "Images", baseTokenCost: 2,
        schema: InputSchema(properties: [
            SchemaProperty("n", type: .integer, default: 1, minimum: 1, maximum: 4),
            SchemaProperty("prompt", type: .string),
        ]),
        rule: PricingRule(factors: [.perUnit("n", whenAbsent: 1)]))

    /// 0.5 tokens per second, 1 to 30 seconds, any number.
    static let seconds = PricedModel(
        recordId: "seconds", name: "Seconds", baseTokenCost: "0.5",
        schema: InputSchema(properties: [SchemaProperty("seconds", type: .number, default: 5, minimum: 1, maximum: 30)]),
        rule: PricingRule(factors: [.perUnit("seconds", whenAbsent: 5)]))

    /// A flat model whose style is any text.
    static let styled = PricedModel(
        recordId: "styled", name: "Styled", baseTokenCost: 3,
        schema: InputSchema(properties: [SchemaProperty("style", type: .string), SchemaProperty("prompt", type: .string)]),
        rule: .flat)

    static let models = Catalog([images, seconds, styled])

    static let emptyWorkflow = WorkflowTemplate(id: "empty", name: "Empty", steps: [])
    static let oneStep = WorkflowTemplate(
        id: "one", name: "One", userInputFields: [UserInputField(name: "n", type: .select, options: [1, 2, 4])],
        steps: [WorkflowStep(stepNumber: 1, modelRecordId: "images", promptTemplate: "A fox", inputMappings: ["n": "user.n"])])
    static let duplicateA = ContentTemplate(id: "dup", name: "A", modelRecordId: "styled", userEditableFields: ["prompt"])
    static let duplicateB = WorkflowTemplate(id: "dup", name: "B", steps: [WorkflowStep(stepNumber: 1, modelRecordId: "styled", promptTemplate: "x")])

    static let service = PriceService(
        models: models,
        templates: TemplateCatalog(contentTemplates: [duplicateA], workflowTemplates: [emptyWorkflow, oneStep, duplicateB]))

    /// Runs `service` over `input` through file descriptors, as `admin-site price` does.
    static func run(_ input: String, service: PriceService = service) throws -> (lines: [String], failures: Int) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("price-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let inURL = dir.appendingPathComponent("in"), outURL = dir.appendingPathComponent("out")
        try Data(input.utf8).write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let inHandle = try FileHandle(forReadingFrom: inURL), outHandle = try FileHandle(forWritingTo: outURL)
        let failures = service.run(input: inHandle.fileDescriptor, output: outHandle.fileDescriptor)
        try inHandle.close()
        try outHandle.close()
        let text = try String(contentsOf: outURL, encoding: .utf8)
        #if DEBUG
        precondition(text.isEmpty || text.hasSuffix("\n"), "every answer ends with a newline")
        #endif
        return (text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init), failures)
    }

    static func object(_ line: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
    }

    static func error(_ line: String) -> [String: Any] { object(line)["error"] as? [String: Any] ?? [:] }
}
