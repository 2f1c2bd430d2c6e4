import Foundation
import Integrity
import ModelRegistry
import Testing
import TokenPricing

@testable import SiteGenerator

/// Issue #13: unique model names everywhere a model is named, the integrity report's triage,
/// and record ids in finding messages linked to their models.
@Suite("Unique names and the integrity triage")
struct NamesAndTriageTests {
    /// The fixture with a second "Flux Pro", an image-editing one: two models of one name.
    static var twins: (ModelRegistry, TemplateCatalog, ModelDefinition) {
        var twin = Fixture.image
        twin.config.recordId = "11111111-aaaa-4bbb-8ccc-000000000009"
        twin.config.contentType = .imageEditing
        twin.sourceFile = "/repo/Sources/ModelRegistry/Models/image_editing/FluxProEditing.swift"
        var catalog = Fixture.catalog
        catalog.workflowTemplates[0].steps[0].modelRecordId = twin.recordId
        return (ModelRegistry(models: [Fixture.image, twin, Fixture.video, Fixture.upscale]), catalog, twin)
    }

    @Test("a shared name is qualified in the catalogue, on the model page, in workflow steps and in the API")
    func sharedNameEverywhere() throws {
        let (registry, catalog, twin) = Self.twins
        let site = try Fixture.site(Fixture.inputs(registry: registry, catalog: catalog))
        let first = "Flux Pro (prompt to image)", second = "Flux Pro (image editing)"
        let catalogue = try #require(site.text(at: "models/index.html"))
        #expect(catalogue.contains(">\(first)</a>") && catalogue.contains(">\(second)</a>"))
        #expect(!catalogue.contains(">Flux Pro</a>"))
        let page = try #require(site.text(at: SitePaths.model(recordId: twin.recordId)))
        #expect(page.contains("<title>\(second) · "), "the title names the twin apart")
        #expect(page.contains("<h1>\(second) "))
        let workflow = try #require(site.text(at: "templates/promo-video.html"))
        #expect(workflow.contains(">\(second)</a></h3>"))
        let api = try #require(site.bytes(at: "api/models.json"))
        let models = try #require((try JSONSerialization.jsonObject(with: Data(api)) as? [String: Any])?["models"] as? [[String: Any]])
        let names = models.compactMap { $0["displayName"] as? String }
        #expect(Set(names) == [first, second, "Veo Fast", "Upscale"])
        #expect(models.first { $0["recordId"] as? String == twin.recordId }?["modelName"] as? String == "Flux Pro", "modelName stays the raw name")
    }

    @Test("record ids in a message become links; ids inside longer words and unknown ids stay text")
    func messageLinks() throws {
        let data = SiteData(inputs: Fixture.inputs())
        let frame = PageFrame(path: SitePaths.integrity, title: "Integrity", section: .integrity, description: "")
        let id = Fixture.image.recordId
        let parts = FindingLinks.parts("shared by \(id) (Flux Pro), 100@1, runware:100@1 and x-\(id) and no-such-id.", data: data, frame: frame)
        let links = parts.filter { $0["hasHref"] as? Bool == true }
        #expect(links.map { $0["text"] as? String } == [id, "100@1"])
        #expect(links.map { $0["href"] as? String } == [SitePaths.model(recordId: id), SitePaths.model(recordId: "100@1")])
        #expect(parts.compactMap { $0["text"] as? String }.joined() == "shared by \(id) (Flux Pro), 100@1, runware:100@1 and x-\(id) and no-such-id.")
        let plain = FindingLinks.parts("no id here", data: data, frame: frame)
        #expect(plain.count == 1 && plain[0]["hasHref"] as? Bool == false)
        // A message with other than ASCII is read by Character, an ASCII one by byte: the same
        // words are links (a letter such as é joins a word, so é<id> is no id).
        let unicode = "shared by \(id) — café, 100@1 and é\(id)."
        let unicodeLinks = FindingLinks.parts(unicode, data: data, frame: frame).filter { $0["hasHref"] as? Bool == true }
        #expect(unicodeLinks.map { $0["text"] as? String } == [id, "100@1"])
        #expect(FindingLinks.parts(unicode, data: data, frame: frame).compactMap { $0["text"] as? String }.joined() == unicode)
    }

    @Test("the dashboard counts what needs action, not every warning")
    func dashboardNeedsAction() throws {
        // The fixture's one finding is the unused upscale model: for information only.
        let data = SiteData(inputs: Fixture.inputs())
        #expect(data.report.findings.count == data.report.forInformation.count && !data.report.findings.isEmpty)
        let html = try #require(try Fixture.site().text(at: "index.html"))
        #expect(html.contains(#"<span class="card-label">Needs action</span><span class="card-value">none</span><span class="card-note">0 errors; \#(data.report.forInformation.count) for information</span>"#))
        #expect(html.contains(#"<span class="badge badge-active">nothing needs action</span>"#))
        #expect(!html.contains(#"<span class="card-label">Integrity</span>"#))

        // An error needs action and is counted.
        var catalog = Fixture.catalog
        catalog.contentTemplates.append(ContentTemplate(id: "ghost", name: "Ghost", modelRecordId: "no-such-model"))
        var inputs = Fixture.inputs(catalog: catalog)
        inputs.allowIntegrityErrors = true
        let withError = try #require(try Fixture.site(inputs).text(at: "index.html"))
        #expect(withError.contains(#"<span class="card-label">Needs action</span><span class="card-value">1</span>"#))
        #expect(withError.contains(#"<span class="badge badge-error">1 needs action</span>"#))
    }

    @Test("the integrity page lists needs action first, one group per rule with its count")
    func integrityGroups() throws {
        var catalog = Fixture.catalog
        catalog.contentTemplates.append(ContentTemplate(id: "ghost", name: "Ghost", modelRecordId: "no-such-model"))
        var inputs = Fixture.inputs(catalog: catalog)
        inputs.allowIntegrityErrors = true
        let html = try #require(try Fixture.site(inputs).text(at: "integrity.html"))
        let action = try #require(html.range(of: #"<section class="triage" id="needs-action""#))
        let info = try #require(html.range(of: #"<section class="triage" id="for-information""#))
        #expect(action.lowerBound < info.lowerBound)
        #expect(html.contains(#"<span class="group-count" data-total="1">1 finding</span>"#))
        #expect(html.contains(#"<option value="unknown-model">unknown-model</option>"#))
        #expect(html.contains(#"<span class="card-value" id="needs-action-count">1</span>"#))
        #expect(html.contains(#"<noscript>"#) && html.contains(#"id="integrity-filter-panel" open hidden"#),
                "the filters are hidden until JavaScript shows them; a notice says every finding is listed")
    }
}
