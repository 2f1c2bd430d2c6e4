import Foundation
import Testing
import TokenPricing

/// The template catalogue is read with the exact reader: its numbers are exact or an error
/// at their key path (issue 10, item 5).
@Suite("Exact catalogue numbers")
struct ExactCatalogueTests {
    private func catalogue(preset value: String) -> Data {
        Data(#"{"contentTemplates": [{"id": "poster", "name": "Poster", "modelRecordId": "m", "presetParameters": {"n": \#(value)}}]}"#.utf8)
    }

    @Test("a number with more digits than are held is an error naming the template and key path", arguments: [
        "4.000000000000000000000000000000000000001", "0.99999999999999999999", "1e60",
    ])
    func refusesInexact(_ number: String) throws {
        // 0.99999999999999999999 has 20 digits: it is held exactly, so only the others fail.
        if number == "0.99999999999999999999" {
            let catalog = try TemplateCatalog.decode(catalogue(preset: number), file: "t.json")
            #expect(catalog.contentTemplates[0].presetParameters["n"] == .number(try #require(ExactDecimal(number))))
            return
        }
        #expect {
            _ = try TemplateCatalog.decode(catalogue(preset: number), file: "t.json")
        } throws: { error in
            guard let error = error as? CatalogLoadError else { return false }
            return error.keyPath == "contentTemplates[0].presetParameters.n" && error.templateId == "poster"
                && error.message.contains("cannot be held exactly")
        }
    }

    @Test("numbers keep every digit they were written with")
    func keepsDigits() throws {
        let text = "1234567890.12345678901234567890123456"
        let catalog = try TemplateCatalog.decode(catalogue(preset: text), file: "t.json")
        #expect(catalog.contentTemplates[0].presetParameters["n"]?.displayText == text)
    }

    @Test("an integer field refuses a fraction instead of truncating it")
    func integerFields() {
        let data = Data(#"{"workflowTemplates": [{"id": "w", "name": "w", "steps": [{"stepNumber": 1.5, "modelRecordId": "m"}]}]}"#.utf8)
        #expect {
            _ = try TemplateCatalog.decode(data, file: "t.json")
        } throws: { error in
            (error as? CatalogLoadError)?.keyPath == "workflowTemplates[0].steps[0].stepNumber"
        }
    }
}
