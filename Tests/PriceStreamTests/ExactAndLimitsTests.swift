import Foundation
import Testing
import TokenPricing
@testable import PriceStream

/// Issue 10 items 4, 5 and 6 through the stream: no silent 0, exact numbers, bounded lines.
@Suite("Price stream: exact numbers, one rule, limits")
struct ExactAndLimitsTests {
    @Test("a number more precise than the exact type holds is an error at its key path, never a nearby value", arguments: [
        (#"{"modelRecordId": "images", "parameters": {"n": 4.000000000000000000000000000000000000001}}"#, "parameters.n"),
        (#"{"modelRecordId": "seconds", "parameters": {"seconds": 1.0000000000000000000000000000000000000000001}}"#, "parameters.seconds"),
        (#"{"modelRecordId": "seconds", "parameters": {"seconds": 1e60}}"#, "parameters.seconds"),
        (#"{"templateId": "one", "userInputs": {"n": 2.00000000000000000000000000000000000000000001}}"#, "userInputs.n"),
    ])
    func inexact(_ line: String, _ keyPath: String) throws {
        let (lines, failures) = try StreamFixtures.run(line)
        let error = StreamFixtures.error(lines[0])
        #expect(failures == 1)
        #expect(error["keyPath"] as? String == keyPath)
        #expect((error["message"] as? String)?.contains("cannot be held exactly") == true)
        #expect(StreamFixtures.object(lines[0])["total"] == nil)
    }

    @Test("0.99999999999999999999 is below a minimum of 1, not rounded up to it")
    func belowMinimum() throws {
        let (lines, _) = try StreamFixtures.run(#"{"modelRecordId": "seconds", "parameters": {"seconds": 0.99999999999999999999}}"#)
        let error = StreamFixtures.error(lines[0])
        #expect(error["kind"] as? String == "invalidParameter")
        let issues = error["issues"] as? [[String: Any]] ?? []
        #expect(issues.first?["kind"] as? String == "belowMinimum")
        #expect(issues.first?["found"] as? String == "0.99999999999999999999")
    }

    @Test("exact numbers price exactly, with every digit")
    func exactPrice() throws {
        let (lines, _) = try StreamFixtures.run(#"{"modelRecordId": "seconds", "parameters": {"seconds": 29.999999999999999999999999999}}"#)
        #expect(StreamFixtures.object(lines[0])["total"] as? String == "14.9999999999999999999999999995")
    }

    @Test("the string \"1e60\" is not a number a field accepts")
    func hugeText() throws {
        let workflow = #"{"workflowTemplate": {"id": "w", "name": "w", "userInputFields": [{"name": "s", "type": "number"}], "steps": [{"stepNumber": 1, "modelRecordId": "seconds", "inputMappings": {"seconds": "user.s"}}]}, "userInputs": {"s": "1e60"}}"#
        let (lines, _) = try StreamFixtures.run(workflow)
        #expect(StreamFixtures.error(lines[0])["keyPath"] as? String == "userInputs.s")
    }

    @Test("a workflow with no steps is an error inline and by templateId, never a total of 0")
    func noSteps() throws {
        let (lines, failures) = try StreamFixtures.run("""
            {"workflowTemplate":{"id":"w","name":"w","steps":[]}}
            {"templateId": "empty"}
            """)
        #expect(failures == 2)
        for line in lines {
            #expect(StreamFixtures.error(line)["kind"] as? String == "invalidTemplate", "\(line)")
            #expect(StreamFixtures.object(line)["total"] == nil)
        }
    }

    @Test("a catalogue id used twice is refused, as check refuses it")
    func duplicateIds() throws {
        let (lines, _) = try StreamFixtures.run(#"{"templateId": "dup"}"#)
        #expect(StreamFixtures.error(lines[0])["kind"] as? String == "invalidTemplate")
        #expect((StreamFixtures.error(lines[0])["message"] as? String)?.contains("duplicate-template-id") == true)
    }

    @Test("an unknown templateId is unknownTemplate")
    func unknownTemplate() throws {
        let (lines, _) = try StreamFixtures.run(#"{"templateId": "nope"}"#)
        #expect(StreamFixtures.error(lines[0])["kind"] as? String == "unknownTemplate")
        #expect(StreamFixtures.error(lines[0])["templateId"] as? String == "nope")
    }

    @Test("a line over the byte limit is limitExceeded, is not read, and the next line is answered")
    func lineLimit() throws {
        let service = PriceService(models: StreamFixtures.models, templates: .empty, limits: PriceStreamLimits(maxLineBytes: 100))
        let long = #"{"modelRecordId": "styled", "parameters": {"style": ""# + String(repeating: "x", count: 5_000) + #""}}"#
        let ok = #"{"modelRecordId": "images"}"#
        for input in [long + "\n" + ok, ok + "\n" + long, long + "\n" + long + "\n" + ok] {
            let (lines, failures) = try StreamFixtures.run(input, service: service)
            let expected = input.split(separator: "\n").map { $0.count > 100 }
            try #require(lines.count == expected.count)
            for (i, (line, tooLong)) in zip(lines, expected).enumerated() {
                #expect(StreamFixtures.object(line)["line"] as? Int == i + 1)
                #expect((StreamFixtures.error(line)["kind"] as? String == "limitExceeded") == tooLong)
            }
            #expect(failures == expected.filter { $0 }.count)
        }
        var out: [String] = []
        _ = service.processLines([long, ok]) { out.append($0) }
        #expect(StreamFixtures.error(out[0])["kind"] as? String == "limitExceeded")
        #expect(StreamFixtures.object(out[1])["total"] as? String == "2")
    }

    @Test("a line at exactly the byte limit is read")
    func atTheLimit() throws {
        let ok = #"{"modelRecordId": "images"}"#
        let service = PriceService(models: StreamFixtures.models, templates: .empty, limits: PriceStreamLimits(maxLineBytes: ok.utf8.count))
        let (lines, failures) = try StreamFixtures.run(ok + "\n" + ok + " ", service: service)
        #expect(failures == 1)
        #expect(StreamFixtures.object(lines[0])["total"] as? String == "2")
        #expect(StreamFixtures.error(lines[1])["kind"] as? String == "limitExceeded")
    }

    @Test("nesting deeper than the limit is limitExceeded")
    func depthLimit() throws {
        let deep = #"{"modelRecordId": "styled", "parameters": {"style": "# + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "}}"
        let (lines, _) = try StreamFixtures.run(deep)
        #expect(StreamFixtures.error(lines[0])["kind"] as? String == "limitExceeded")
    }

    @Test("a 100,000-option select and a prompt with 90,000 placeholders fit the limit and are priced")
    func largeButValid() throws {
        let options = (1...100_000).map { "\"o\($0)\"" }.joined(separator: ",")
        let select = #"{"workflowTemplate": {"id": "w", "name": "w", "userInputFields": [{"name": "s", "type": "select", "options": [\#(options)]}], "steps": [{"stepNumber": 1, "modelRecordId": "styled", "promptTemplate": "x", "inputMappings": {"style": "user.s"}}]}, "userInputs": {"s": "o77777"}}"#
        let prompt = String(repeating: "{{user.a}}", count: 90_000)
        let placeholders = #"{"workflowTemplate": {"id": "w", "name": "w", "userInputFields": [{"name": "a", "type": "text"}], "steps": [{"stepNumber": 1, "modelRecordId": "styled", "promptTemplate": "\#(prompt)"}]}, "userInputs": {"a": "x"}}"#
        #expect(select.utf8.count < PriceStreamLimits.standard.maxLineBytes)
        #expect(placeholders.utf8.count < PriceStreamLimits.standard.maxLineBytes)
        let (lines, failures) = try StreamFixtures.run(select + "\n" + placeholders)
        #expect(failures == 0, "\(lines.map { $0.prefix(300) })")
        #expect(StreamFixtures.object(lines[0])["total"] as? String == "3")
        #expect(StreamFixtures.object(lines[1])["total"] as? String == "3")
    }
}
