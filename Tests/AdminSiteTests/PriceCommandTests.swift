import Foundation
import ModelRegistry
import Testing
import TokenPricing

/// `admin-site price` end to end: NDJSON in, NDJSON out, as a shell script would use it.
@Suite struct PriceCommandTests {
    private func decode(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func pricesEveryRegistryModelAtItsDefaultsInOrder() throws {
        let models = ModelRegistry.standard.models
        #expect(models.count == 140)
        var input = ""
        for m in models {
            let body = try JSONEncoder().encode(m.inputSchema.defaults)
            input += #"{"modelRecordId": "\#(m.recordId)", "parameters": \#(String(decoding: body, as: UTF8.self))}"# + "\n"
        }
        let result = try CommandRunner.run(["price"], input: input)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdoutLines
        try #require(lines.count == models.count)
        for (m, line) in zip(models, lines) {
            let answer = try decode(line)
            let expected = try m.priced.quote(m.inputSchema.defaults)
            #expect(answer["modelRecordId"] as? String == m.recordId)
            #expect(answer["total"] as? String == expected.total.description, "\(m.config.modelName)")
            #expect((answer["lineItems"] as? [Any])?.count == expected.lineItems.count)
            #expect(ExactDecimal(answer["total"] as? String ?? "") ?? 0 > 0, "a model priced as 0: \(m.config.modelName)")
        }
    }

    @Test func aBadLineGetsAnErrorAndTheRestGoOn() throws {
        let input = """
            {"modelRecordId": "4b68811b-28be-45cb-bcae-9db721ba4547", "parameters": {"nVariants": 2}}
            this is not json
            {"modelRecordId": "no-such-model"}
            {"modelRecordId": "4b68811b-28be-45cb-bcae-9db721ba4547", "parameters": {"nVariants": 3, "size": 7}}

            {"parameters": {}}
            {"modelRecordId": "4b68811b-28be-45cb-bcae-9db721ba4547", "parameters": {"nVariants": 4}}
            """
        let result = try CommandRunner.run(["price"], input: input)
        #expect(result.status == 1)
        let lines = result.stdoutLines
        // Every line is answered, the blank one too, and every answer names its line.
        try #require(lines.count == 7)
        for (i, line) in lines.enumerated() { #expect(try decode(line)["line"] as? Int == i + 1, "\(line)") }

        let first = try decode(lines[0])
        #expect(first["total"] as? String == "3.5")
        #expect(first["unrounded"] as? String == "3.49998")

        let malformed = try #require(try decode(lines[1])["error"] as? [String: Any])
        #expect(malformed["kind"] as? String == "malformedRequest")

        let unknown = try #require(try decode(lines[2])["error"] as? [String: Any])
        #expect(unknown["kind"] as? String == "unknownModel")
        #expect(unknown["modelRecordId"] as? String == "no-such-model")

        let invalid = try #require(try decode(lines[3])["error"] as? [String: Any])
        #expect(invalid["kind"] as? String == "invalidParameter")
        let issues = try #require(invalid["issues"] as? [[String: Any]])
        #expect(issues.compactMap { $0["keyPath"] as? String } == ["parameters.nVariants", "parameters.size"])

        let blank = try #require(try decode(lines[4])["error"] as? [String: Any])
        #expect(blank["kind"] as? String == "malformedRequest")

        let noForm = try #require(try decode(lines[5])["error"] as? [String: Any])
        #expect(noForm["kind"] as? String == "malformedRequest")
        #expect((noForm["message"] as? String)?.contains("modelRecordId, templateId, contentTemplate, workflowTemplate") == true)

        #expect(try decode(lines[6])["total"] as? String == "4")
    }

    @Test func aWorkflowWithNoStepsIsAnErrorNotZero() throws {
        let result = try CommandRunner.run(["price"], input: #"{"workflowTemplate":{"id":"w","name":"w","steps":[]}}"#)
        #expect(result.status == 1)
        let answer = try decode(result.stdoutLines[0])
        #expect(answer["total"] == nil)
        #expect((answer["error"] as? [String: Any])?["kind"] as? String == "invalidTemplate")
    }

    @Test func aNumberThatCannotBeHeldExactlyIsAnError() throws {
        // nVariants is an enum of 1, 2, 4: through Decimal this was read as 4 and priced.
        let input = #"{"modelRecordId": "4b68811b-28be-45cb-bcae-9db721ba4547", "parameters": {"nVariants": 4.000000000000000000000000000000000000001}}"#
        let result = try CommandRunner.run(["price"], input: input)
        #expect(result.status == 1)
        let error = try #require(try decode(result.stdoutLines[0])["error"] as? [String: Any])
        #expect(error["keyPath"] as? String == "parameters.nVariants")
    }

    @Test func aLineOverTheLimitIsRefusedAndTheNextIsAnswered() throws {
        let ok = #"{"modelRecordId": "4b68811b-28be-45cb-bcae-9db721ba4547"}"#
        let long = #"{"modelRecordId": "4b68811b-28be-45cb-bcae-9db721ba4547", "parameters": {"prompt": ""# + String(repeating: "a", count: 500) + #""}}"#
        let result = try CommandRunner.run(["price", "--max-line-bytes", "200"], input: long + "\n" + ok + "\n")
        #expect(result.status == 1)
        try #require(result.stdoutLines.count == 2)
        #expect((try decode(result.stdoutLines[0])["error"] as? [String: Any])?["kind"] as? String == "limitExceeded")
        #expect(try decode(result.stdoutLines[1])["line"] as? Int == 2)
        #expect(try decode(result.stdoutLines[1])["total"] != nil)
    }

    @Test func pricesCatalogueTemplatesByIdWithMinDefaultsAndMax() throws {
        let catalog = try TemplateCatalog.load(from: CommandRunner.packageRoot.appendingPathComponent("Site/templates.json"))
        let ids = catalog.contentTemplates.map(\.id) + catalog.workflowTemplates.map(\.id)
        #expect(ids.count >= 17)
        let input = ids.map { #"{"templateId": "\#($0)"}"# }.joined(separator: "\n")
        let result = try CommandRunner.run(["price"], input: input)
        #expect(result.status == 0, "\(result.stdout)")
        let lines = result.stdoutLines
        try #require(lines.count == ids.count)
        for (id, line) in zip(ids, lines) {
            let answer = try decode(line)
            #expect(answer["templateId"] as? String == id)
            let min = try #require(ExactDecimal(answer["min"] as? String ?? ""))
            let atDefaults = try #require(ExactDecimal(answer["atDefaults"] as? String ?? ""))
            let max = try #require(ExactDecimal(answer["max"] as? String ?? ""))
            #expect(min > 0 && min <= atDefaults && atDefaults <= max, "\(id): \(min) \(atDefaults) \(max)")
        }
    }

    @Test func anUnknownTemplateIdIsAnError() throws {
        let result = try CommandRunner.run(["price"], input: #"{"templateId": "nope"}"#)
        #expect(result.status == 1)
        let error = try #require(try decode(result.stdoutLines[0])["error"] as? [String: Any])
        #expect(error["kind"] as? String == "unknownTemplate")
        #expect(error["templateId"] as? String == "nope")
    }

    @Test func anUnreadableCatalogueStopsWithStatus2() throws {
        let result = try CommandRunner.run(["price", "--templates", "/nonexistent/templates.json"], input: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/templates.json"))
    }
}

/// `admin-site price --pricing FILE`: models from a portable pricing file.
@Suite struct PricePortableFileTests {
    @Test func pricesFromAPortableFileLikeTheRegistry() throws {
        let dir = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var file = ModelRegistry.standard.portable
        let kling = try #require(file.models.firstIndex { $0.recordId == "84084ca4-4153-46bc-8d01-cd4e37d1da68" })
        file.models[kling].baseTokenCost = 25  // the file, not the registry, decides
        let url = dir.appendingPathComponent("pricing.json")
        try Data(file.encoded(style: .compact).utf8).write(to: url)
        let input = """
            {"modelRecordId": "84084ca4-4153-46bc-8d01-cd4e37d1da68", "parameters": {"duration": "10"}}
            {"modelRecordId": "4b68811b-28be-45cb-bcae-9db721ba4547", "parameters": {"nVariants": 2}}

            """
        let result = try CommandRunner.run(["price", "--pricing", url.path], input: input)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let totals = try result.stdoutLines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["total"] as? String }
        #expect(totals == ["50", "3.5"])
    }

    @Test func aBrokenPortableFileStopsWithItsKeyPath() throws {
        let dir = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("pricing.json")
        try Data(#"{"formatVersion": 1, "models": [{"config": {}}]}"#.utf8).write(to: url)
        let result = try CommandRunner.run(["price", "--pricing", url.path], input: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains("pricing.json: models[0].config.recordId: missing required field"))
        let missing = try CommandRunner.run(["price", "--pricing", dir.appendingPathComponent("none.json").path], input: "")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("file not found"))
    }
}
