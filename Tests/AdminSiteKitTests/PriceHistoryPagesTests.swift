import AdminSiteKit
import Foundation
import ModelRegistry
import PriceLock
import SiteGenerator
import Testing
import TokenPricing

/// The price history from a real (temporary) git repository of three price commits, rendered:
/// the Changes page, a model's Price history section, the catalogue's mark, `api/changes.json`
/// and `changes.xml`, each compared with its golden file. The commits have fixed authors and
/// dates, so their hashes, and so the files, are the same on every run.
@Suite struct PriceHistoryPagesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A registry with the repository's video model and image `b` (image `a` was removed).
    static var registry: ModelRegistry {
        func model(_ id: String, _ name: String, base: ExactDecimal, schema: InputSchema, rule: PricingRule) -> ModelDefinition {
            ModelDefinition(
                config: ModelConfig(recordId: id, modelId: id, modelName: name, provider: .kieAI, contentType: .promptToVideo,
                                    baseTokenCost: base, estimatedTimeSeconds: 60),
                inputSchema: schema, pricing: rule)
        }
        let video = GitPriceHistoryTests.video(base: 25, tenSeconds: 3)
        let image = GitPriceHistoryTests.image("b", 1)
        return ModelRegistry(models: [
            model("v", "Video", base: 25, schema: video.schema, rule: video.rule),
            model("b", "Image b", base: 1, schema: image.schema, rule: image.rule),
        ])
    }

    static func site(_ history: PriceHistory, baseURL: String? = "https://admin.example.invalid/registry/") throws -> InMemoryPageWriter {
        let inputs = SiteInputs(
            registry: registry, catalog: TemplateCatalog(contentTemplates: [], workflowTemplates: []), catalogFile: "Site/templates.json",
            config: SiteConfig(title: "Model Registry", baseURL: baseURL, repositoryURL: "https://github.com/example/models"),
            templatesDirectory: root.appendingPathComponent("Templates"), assetsDirectory: root.appendingPathComponent("Site/assets"),
            buildInfo: BuildInfo(gitCommit: "0123456789abcdef0123"), priceHistory: history)
        let writer = InMemoryPageWriter()
        try SiteGenerator(inputs: inputs).generate(into: writer)
        return writer
    }

    @Test func threePriceCommitsRenderTheirPagesFeedAndJSON() throws {
        let repo = try GitPriceHistoryTests().repositoryWithThreePriceCommits()
        defer { repo.remove() }
        let history = GitPriceHistory(root: repo.root).read()
        try #require(history.commits.count == 3)
        let site = try Self.site(history)
        try Golden.assertMatches(try #require(site.text(at: "changes/index.html")), named: "changes.html")
        try Golden.assertMatches(try #require(site.text(at: SitePaths.model(recordId: "v"))), named: "model-history.html")
        try Golden.assertMatches(try #require(site.text(at: "models/index.html")), named: "catalogue-repriced.html")
        try Golden.assertMatches(try #require(site.text(at: "api/changes.json")), named: "api-changes.json")
        try Golden.assertMatches(try #require(site.text(at: "changes.xml")), named: "changes.xml")
        // Without a base URL the feed's links are relative and it has no rel="self".
        let relative = try Self.site(history, baseURL: nil)
        try Golden.assertMatches(try #require(relative.text(at: "changes.xml")), named: "changes-relative.xml")
        // The same commits give the same bytes.
        let again = try Self.site(GitPriceHistory(root: repo.root).read())
        #expect(again.files == site.files)
    }

    @Test func aShallowCloneBuildsAndSaysWhyThereIsNoHistory() throws {
        let repo = try GitPriceHistoryTests().repositoryWithThreePriceCommits()
        defer { repo.remove() }
        let clone = FileManager.default.temporaryDirectory.appendingPathComponent("price-history-clone-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: clone) }
        try repo.git("clone", "-q", "--depth", "1", "file://\(repo.root.path)", clone.path, in: FileManager.default.temporaryDirectory)
        let site = try Self.site(GitPriceHistory(root: clone).read())
        try Golden.assertMatches(try #require(site.text(at: "changes/index.html")), named: "changes-shallow.html")
        try Golden.assertMatches(try #require(site.text(at: "api/changes.json")), named: "api-changes-shallow.json")
        try Golden.assertMatches(try #require(site.text(at: "changes.xml")), named: "changes-shallow.xml")
        let model = try #require(site.text(at: SitePaths.model(recordId: "v")))
        let section = try #require(model.range(of: "<section aria-labelledby=\"price-history\">")).lowerBound
        let end = try #require(model.range(of: "</section>", range: section..<model.endIndex)).upperBound
        try Golden.assertMatches(String(model[section..<end]) + "\n", named: "model-history-shallow.html")
    }
}
