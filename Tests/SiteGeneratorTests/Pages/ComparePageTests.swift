import Foundation
import Testing

@testable import SiteGenerator

/// The compare page embeds its data so that no markup can escape the script element.
@Suite("Compare page data")
struct ComparePageTests {
    @Test("the embedded JSON has no raw <, > or &, and decodes to every paged model")
    func embedded() throws {
        let site = try Fixture.site()
        let html = try #require(site.text(at: SitePaths.compare))
        let start = try #require(html.range(of: #"<script type="application/json" id="compare-data">"#))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = String(html[start.upperBound..<end.lowerBound])
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let models = try #require(object["models"] as? [[String: Any]])
        let ids = Set(Fixture.registry.models.map(\.recordId))
        #expect(Set(models.compactMap { $0["id"] as? String }) == ids)
        #expect(html.contains(#"<noscript>"#) && html.contains("which is off"))
    }

    @Test("a name with markup stays text inside the embedded JSON")
    func hostile() throws {
        let (registry, catalog) = Fixture.hostile
        let site = try Fixture.site(Fixture.inputs(registry: registry, catalog: catalog))
        let html = try #require(site.text(at: SitePaths.compare))
        let start = try #require(html.range(of: #"id="compare-data">"#))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        #expect(!html[start.upperBound..<end.lowerBound].contains("<"))
    }
}
