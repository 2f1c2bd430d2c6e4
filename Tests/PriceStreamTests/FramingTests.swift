import Foundation
import Testing
import TokenPricing
@testable import PriceStream

/// The framing (issue 10): every input line gets exactly one answer, in order, and every
/// answer carries the number of the line it answers.
@Suite("Price stream framing")
struct FramingTests {
    private let input = [
        #"{"modelRecordId": "images", "parameters": {"n": 2}}"#,
        "",
        "   ",
        "not json",
        #"{"templateId": "one", "userInputs": {"n": 4}}"#,
        #"{"modelRecordId": "ghost"}"#,
    ]

    @Test("every line, blank ones included, gets one answer with its line number")
    func everyLineAnswered() throws {
        let (lines, failures) = try StreamFixtures.run(input.joined(separator: "\n") + "\n")
        try #require(lines.count == input.count)
        for (i, line) in lines.enumerated() {
            #expect(StreamFixtures.object(line)["line"] as? Int == i + 1, "answer \(i + 1): \(line)")
        }
        #expect(StreamFixtures.object(lines[0])["total"] as? String == "4")
        #expect(StreamFixtures.error(lines[1])["kind"] as? String == "malformedRequest")
        #expect((StreamFixtures.error(lines[1])["message"] as? String)?.contains("empty") == true)
        #expect(StreamFixtures.error(lines[2])["kind"] as? String == "malformedRequest")
        #expect(StreamFixtures.error(lines[3])["kind"] as? String == "malformedRequest")
        #expect(StreamFixtures.object(lines[4])["total"] as? String == "8")
        #expect(StreamFixtures.error(lines[5])["kind"] as? String == "unknownModel")
        #expect(failures == 4)
    }

    @Test("processLines answers the same lines the same way as the file-descriptor stream")
    func processLinesAgrees() throws {
        var out: [String] = []
        let failures = StreamFixtures.service.processLines(input) { out.append($0) }
        let (lines, streamFailures) = try StreamFixtures.run(input.joined(separator: "\n"))
        #expect(out == lines)
        #expect(failures == streamFailures)
    }

    @Test("CRLF line ends and a last line without a newline are read")
    func lineEnds() throws {
        let (lines, failures) = try StreamFixtures.run("{\"modelRecordId\": \"images\"}\r\n{\"modelRecordId\": \"seconds\"}")
        #expect(lines.count == 2 && failures == 0)
        #expect(StreamFixtures.object(lines[1])["total"] as? String == "2.5")
        #expect(StreamFixtures.object(lines[1])["line"] as? Int == 2)
    }

    @Test("no input, no answers")
    func empty() throws {
        let (lines, failures) = try StreamFixtures.run("")
        #expect(lines.isEmpty && failures == 0)
    }

    @Test("many lines across read blocks keep their order and numbers")
    func manyLines() throws {
        let count = 20_000
        let text = (1...count).map { #"{"modelRecordId": "images", "parameters": {"n": \#($0 % 4 + 1)}}"# }.joined(separator: "\n")
        let (lines, failures) = try StreamFixtures.run(text)
        try #require(lines.count == count)
        #expect(failures == 0)
        for i in [0, 1, 4_095, 9_999, count - 1] {
            let answer = StreamFixtures.object(lines[i])
            #expect(answer["line"] as? Int == i + 1)
            #expect(answer["total"] as? String == String(((i + 1) % 4 + 1) * 2))
        }
    }

    @Test("an unknown key is an error, never ignored (a misspelt key would price the defaults)")
    func unknownKeys() throws {
        let (lines, _) = try StreamFixtures.run(#"{"modelRecordId": "images", "parameter": {"n": 4}}"#)
        let error = StreamFixtures.error(lines[0])
        #expect(error["kind"] as? String == "malformedRequest")
        #expect(error["keyPath"] as? String == "parameter")
    }

    @Test("inline templates with a bad shape name the key path")
    func inlineShape() throws {
        let (lines, _) = try StreamFixtures.run(#"{"workflowTemplate": {"id": "w", "name": "w", "steps": [{"stepNumber": "1", "modelRecordId": "images"}]}}"#)
        let error = StreamFixtures.error(lines[0])
        #expect(error["kind"] as? String == "malformedRequest")
        #expect(error["keyPath"] as? String == "workflowTemplate.steps[0].stepNumber")
    }
}
