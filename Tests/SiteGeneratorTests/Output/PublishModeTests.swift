import Foundation
import Testing

@testable import SiteGenerator

/// A published site must be readable by a web server running as another user: folders 0755
/// and files 0644, less the umask (a stage made by `mkdtemp` was 0700).
@Suite("Modes of a published site")
struct PublishModeTests {
    @Test("a fresh build has normal folder and file modes", arguments: [false, true])
    func freshModes(rebuildWithChange: Bool) throws {
        let tmp = try TemporaryFolder()
        let out = tmp.url.appendingPathComponent("site")
        try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
        if rebuildWithChange {
            var catalog = Fixture.catalog
            catalog.contentTemplates[0].name = "renamed"
            #expect(try SiteBuilder.build(inputs: Fixture.inputs(catalog: catalog), outputDirectory: out).method == .exchange)
        }
        let umask = SiteTree.umaskBits
        for folder in SiteTree.folders(out) {
            #expect(SiteTree.mode(out.path + "/" + folder) == 0o755 & ~umask, "folder '\(folder)'")
        }
        for (path, facts) in SiteTree.facts(out) {
            #expect(facts.mode == 0o644 & ~umask, "\(path)")
        }
    }

    @Test("a site published with mode 0700 by an older admin-site gets normal modes, even when nothing else changed")
    func legacyPrivateRootIsRepaired() throws {
        let tmp = try TemporaryFolder()
        let out = tmp.url.appendingPathComponent("site")
        try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
        #expect(chmod(out.path, 0o700) == 0)
        let before = SiteTree.facts(out)
        let result = try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
        #expect(SiteTree.mode(out.path) == 0o755 & ~SiteTree.umaskBits)
        #expect(result.written.isEmpty)
        #expect(SiteTree.facts(out) == before, "every file kept its bytes, inode and mtime")
    }
}
