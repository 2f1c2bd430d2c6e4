import Foundation
import Testing

@testable import SiteGenerator

/// The compare page embeds a small index and loads each chosen model's data from its own
/// script, so no markup can escape the page's script element and the page stays small.
@Suite("Compare page data")
struct ComparePageTests {
    /// The JSON between `<script type="application/json" id="compare-data">` and `</script>`.
    private func embeddedIndex(_ html: String) throws -> String {
        let start = try #require(html.range(of: #"<script type="application/json" id="compare-data">"#))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        return String(html[start.upperBound..<end.lowerBound])
    }

    /// The object a data script files under `window.AdminCompareData[id]`, and that id.
    private func dataObject(_ script: String) throws -> (id: String, object: [String: Any]) {
        let prefix = "(window.AdminCompareData = window.AdminCompareData || {})["
        #expect(script.hasPrefix(prefix) && script.hasSuffix(";\n"))
        let rest = script.dropFirst(prefix.count).dropLast(2)
        let split = try #require(rest.range(of: "] = "))
        let id = try #require(try JSONSerialization.jsonObject(with: Data(rest[..<split.lowerBound].utf8), options: .fragmentsAllowed) as? String)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(rest[split.upperBound...].utf8)) as? [String: Any])
        return (id, object)
    }

    @Test("the index has no raw <, > or & and names every paged model's data script, which exists")
    func embedded() throws {
        let site = try Fixture.site()
        let html = try #require(site.text(at: SitePaths.compare))
        let json = try embeddedIndex(html)
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let pairs = try #require(object["models"] as? [[String]])
        #expect(Set(pairs.map { $0[0] }) == Set(Fixture.registry.models.map(\.recordId)))
        for pair in pairs {
            // The script's path is relative to models/compare.html.
            let path = String(try #require(URL(string: pair[1], relativeTo: URL(string: "file:///" + SitePaths.compare))).absoluteURL.standardized.path.dropFirst())
            #expect(path == SitePaths.compareData(recordId: pair[0]))
            let script = try #require(site.text(at: path), "no data script \(pair[1])")
            let (id, model) = try dataObject(script)
            #expect(id == pair[0] && model["id"] as? String == pair[0])
            #expect(model["matrices"] is [Any] && model["rule"] is [[String]])
        }
        #expect(html.contains(#"<noscript>"#) && html.contains("which is off"))
    }

    @Test("the page no longer grows with the models' matrices: its index is under 120 bytes a model")
    func pageStaysSmall() throws {
        let site = try Fixture.site()
        let json = try embeddedIndex(try #require(site.text(at: SitePaths.compare)))
        #expect(json.utf8.count < 120 * Fixture.registry.models.count + 64)
    }

    @Test("a name with markup stays text: escaped in the index, JSON in the data script")
    func hostile() throws {
        let (registry, catalog) = Fixture.hostile
        let site = try Fixture.site(Fixture.inputs(registry: registry, catalog: catalog))
        let html = try #require(site.text(at: SitePaths.compare))
        #expect(!(try embeddedIndex(html)).contains("<"))
        for model in registry.models {
            let script = try #require(site.text(at: SitePaths.compareData(recordId: model.recordId)))
            let (id, object) = try dataObject(script)
            #expect(id == model.recordId)
            #expect(object["name"] as? String != nil)
        }
    }
}
