import Foundation
import Testing
import TokenPricing

/// Inputs the fuzzers (Fuzz/, Docs/FUZZING.md) found, fed through the same public calls the
/// harnesses make. Each input is also kept under Fuzz/Corpus/ so every fuzz run replays it.
@Suite("Fuzz findings")
struct FuzzFindingTests {
    /// Lines that are not JSON (RFC 8259) only in a value no decoder reads: a leading zero, a
    /// lone minus, a bare fraction point, an unknown escape, a raw control character.
    static let invalidInAnUnreadValue: [String] = [
        #"{"modelRecordId": "gpt", "note": 01}"#,
        #"{"modelRecordId": "gpt", "note": -}"#,
        #"{"modelRecordId": "gpt", "note": 1.}"#,
        #"{"modelRecordId": "gpt", "note": "\q"}"#,
        "{\"modelRecordId\": \"gpt\", \"note\": {\"k\u{0}\": 1}}",
    ]

    /// Found by FuzzPriceRequests: Foundation's `JSONDecoder` validates only the values it
    /// decodes, so `processLines` prices these instead of answering `malformedRequest`.
    /// Known and reported, not fixed here (the NDJSON decoder is being rewritten); when the fix
    /// lands this test fails until `withKnownIssue` is removed.
    @Test("a request line that is not JSON is malformedRequest even where nothing reads it",
          arguments: invalidInAnUnreadValue)
    func invalidJSONInAnUnreadValue(line: String) {
        let service = PriceService(models: MirrorCatalog([Hand.chatGPT]), templates: .empty)
        var answers: [String] = []
        let failures = service.processLines([line]) { answers.append($0) }
        #expect(answers.count == 1)
        withKnownIssue("Foundation's JSONDecoder skips unread values without validating them") {
            #expect(failures == 1)
            #expect(answers.first?.contains(#""kind":"malformedRequest""#) == true)
        }
    }

    /// Found by FuzzTemplateCatalog, the same leniency: a catalogue that is not JSON loads.
    @Test("a catalogue that is not JSON does not load, even where nothing reads the bad value",
          arguments: [#"{"contentTemplates": [], "notes": 01}"#, #"{"workflowTemplates": [], "x": "\q"}"#])
    func invalidCatalogueInAnUnreadValue(text: String) {
        withKnownIssue("Foundation's JSONDecoder skips unread values without validating them") {
            #expect(throws: CatalogLoadError.self) { try TemplateCatalog.decode(Data(text.utf8), file: "t.json") }
        }
    }
}
