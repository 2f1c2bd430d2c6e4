import Foundation
import Testing
import ModelRegistry
import TokenPricing
import PriceStream

/// Inputs the fuzzers (Fuzz/, Docs/FUZZING.md) found, fed through the same public calls the
/// harnesses make. Each input is also kept under Fuzz/Corpus/ so every fuzz run replays it.
@Suite("Fuzz findings: the price stream")
struct FuzzFindingTests {
    static let chatGPT = "4b68811b-28be-45cb-bcae-9db721ba4547"

    /// Found by FuzzPriceRequests: Foundation's `JSONDecoder` validated only the values it
    /// decoded, so lines whose only defect was JSON syntax (a leading zero, a lone minus, a bare
    /// fraction point, an unknown escape, a raw control character) were priced. Each pair is a
    /// line that is not JSON (RFC 8259) and the same line made valid, which prices: so the
    /// syntax, and nothing else, is what must be refused.
    static let syntaxOnly: [(invalid: String, valid: String)] = [
        (#"{"modelRecordId": "\#(chatGPT)", "parameters": {"nVariants": 01}}"#,
         #"{"modelRecordId": "\#(chatGPT)", "parameters": {"nVariants": 1}}"#),
        (#"{"modelRecordId": "\#(chatGPT)", "parameters": {"nVariants": 1.}}"#,
         #"{"modelRecordId": "\#(chatGPT)", "parameters": {"nVariants": 1}}"#),
        (#"{"modelRecordId": "\#(chatGPT)", "parameters": {"nVariants": -}}"#,
         #"{"modelRecordId": "\#(chatGPT)", "parameters": {"nVariants": 2}}"#),
        (#"{"modelRecordId": "\#(chatGPT)", "parameters": {"prompt": "\q"}}"#,
         #"{"modelRecordId": "\#(chatGPT)", "parameters": {"prompt": "\\q"}}"#),
        ("{\"modelRecordId\": \"\(chatGPT)\", \"parameters\": {\"prompt\": \"a\u{0}b\"}}",
         "{\"modelRecordId\": \"\(chatGPT)\", \"parameters\": {\"prompt\": \"a\\u0000b\"}}"),
    ]

    @Test("a request line whose only defect is JSON syntax is malformedRequest, never a price",
          arguments: syntaxOnly.indices)
    func invalidJSONIsRefused(index: Int) throws {
        let (invalid, valid) = Self.syntaxOnly[index]
        let service = PriceService(models: ModelRegistry.standard, templates: .empty)
        var answers: [String] = []
        let failures = service.processLines([invalid, valid]) { answers.append($0) }
        try #require(answers.count == 2)
        #expect(failures == 1)
        #expect(answers[0].contains(#""kind":"malformedRequest""#), "\(answers[0])")
        #expect(!answers[0].contains(#""total""#))
        #expect(answers[1].contains(#""total""#), "the valid twin must price: \(answers[1])")
    }
}
