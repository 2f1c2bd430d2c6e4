import AdminSiteKit
import Foundation
import Integrity
import Testing

/// The docs pipeline as CI runs it: check, then build, on the repository's own inputs and
/// on broken copies of them.
@Suite struct PipelineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's inputs, by absolute path, with some replaced.
    func paths(catalog: String? = nil, docs: String? = nil) -> InputPaths {
        InputPaths(
            packageRoot: Self.root,
            catalog: catalog ?? Self.root.appendingPathComponent("Site/templates.json").path,
            config: Self.root.appendingPathComponent("Site/site.json").path,
            assets: Self.root.appendingPathComponent("Site/assets").path,
            pageTemplates: Self.root.appendingPathComponent("Templates").path,
            docs: docs ?? Self.root.appendingPathComponent("Docs").path)
    }

    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The real catalogue with one step pointed at a model that does not exist.
    func brokenCatalogue(in dir: URL) throws -> URL {
        var text = try String(contentsOf: Self.root.appendingPathComponent("Site/templates.json"), encoding: .utf8)
        let range = try #require(text.range(of: #""modelRecordId": ""#))
        text.insert(contentsOf: "missing-", at: range.upperBound)
        let url = dir.appendingPathComponent("broken.json")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func theRepositoryPassesTheCheckWithOnlyWarnings() throws {
        let (output, status) = CheckRunner(paths: paths()).run(format: .plain)
        #expect(status == .clean, "\(output)")
        #expect(output.contains("[unused-model]"))
        #expect(output.hasSuffix("0 errors, \(output.components(separatedBy: ": warning: ").count - 1) warnings\n"))
    }

    @Test func warningsFailAStrictPipeline() {
        let (_, status) = CheckRunner(paths: paths(), warningsAsErrors: true).run(format: .plain)
        #expect(status == .failed)
    }

    @Test func anUnknownModelInTheCatalogueIsAnErrorWithItsPosition() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let catalogue = try brokenCatalogue(in: dir)
        let (output, status) = CheckRunner(paths: paths(catalog: catalogue.path)).run(format: .github)
        #expect(status == .failed)
        let line = try #require(output.split(separator: "\n").first { $0.contains("title=unknown-model") })
        #expect(line.hasPrefix("::error file="))
        #expect(line.contains(",line="))
    }

    @Test func aMissingCatalogueMeansTheCheckCouldNotRun() {
        let (output, status) = CheckRunner(paths: paths(catalog: "/nonexistent/catalogue.json")).run(format: .plain)
        #expect(status == .couldNotRun)
        #expect(output.contains("/nonexistent/catalogue.json"))
    }

    @Test func aBrokenDocLinkIsAnError() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("# Home\n\nSee [the missing page](./MISSING.md) and [a bad anchor](#nowhere).\n".utf8)
            .write(to: dir.appendingPathComponent("README.md"))
        let (output, status) = CheckRunner(paths: paths(docs: dir.path)).run(format: .plain)
        #expect(status == .failed)
        #expect(output.contains("README.md:3:5: error: link to missing doc"))
        #expect(output.contains("error: link to missing anchor '#nowhere'"))
    }

    @Test func aFailedBuildLeavesThePreviousSiteUntouched() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("site").path
        let first = try BuildRunner(paths: paths(), outputDirectory: out).run()
        #expect(first.result.summary.pageCount > 100)
        let index = URL(fileURLWithPath: out).appendingPathComponent("index.html")
        let before = try Data(contentsOf: index)

        let catalogue = try brokenCatalogue(in: dir)
        #expect(throws: (any Error).self) { try BuildRunner(paths: paths(catalog: catalogue.path), outputDirectory: out).run() }
        #expect(try Data(contentsOf: index) == before)

        let again = try BuildRunner(paths: paths(), outputDirectory: out).run()
        #expect(again.result.written.isEmpty, "a no-change rebuild rewrote \(again.result.written)")
    }

    @Test func theBuiltSiteHasNoBrokenLinksAndADeletedPageIsReported() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("site").path
        _ = try BuildRunner(paths: paths(), outputDirectory: out).run()
        let clean = try CheckRunner(paths: paths(), siteDirectory: out).findings()
        #expect(clean.filter { $0.rule == "broken-site-link" }.isEmpty)

        try FileManager.default.removeItem(atPath: out + "/integrity.html")
        let broken = try CheckRunner(paths: paths(), siteDirectory: out).findings().filter { $0.rule == "broken-site-link" }
        #expect(!broken.isEmpty)
        #expect(broken.allSatisfy { $0.severity == .error && $0.message.contains("integrity.html") })
    }
}
