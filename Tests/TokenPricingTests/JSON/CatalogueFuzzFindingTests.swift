import Foundation
import Testing
import TokenPricing

/// Found by FuzzTemplateCatalog: Foundation's `JSONDecoder` validated only the values it
/// decoded, so a catalogue that is not JSON loaded when the bad value sat where nothing read
/// it. The catalogue is now read by the exact JSON reader, which reads every byte.
@Suite("Fuzz findings: the template catalogue")
struct CatalogueFuzzFindingTests {
    @Test("a catalogue that is not JSON does not load, even where nothing reads the bad value",
          arguments: [#"{"contentTemplates": [], "notes": 01}"#, #"{"workflowTemplates": [], "x": "\q"}"#])
    func invalidCatalogueInAnUnreadValue(text: String) {
        #expect(throws: CatalogLoadError.self) { try TemplateCatalog.decode(Data(text.utf8), file: "t.json") }
    }
}
