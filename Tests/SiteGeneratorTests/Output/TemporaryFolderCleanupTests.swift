import Foundation
import Testing

@testable import SiteGenerator

/// Interrupted builds leave `.NAME.tmp-XXXXXX` folders; the next build deletes those it can
/// prove are its own, and never anything else.
@Suite("Leftover temporary folders")
struct TemporaryFolderCleanupTests {
    /// Makes `parent/name` with `files` (path → text).
    static func folder(_ parent: URL, _ name: String, _ files: [String: String]) throws -> URL {
        let url = parent.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return url
    }

    static let marker = String(decoding: SiteBuilder.markerContent, as: UTF8.self)

    @Test("a killed build's stage, a marker cut short, an empty stage and an unremoved old site are removed")
    func removesProvablyOurs() throws {
        let tmp = try TemporaryFolder()
        let out = tmp.url.appendingPathComponent("site")
        try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
        _ = try Self.folder(tmp.url, ".site.tmp-Ab12Cd", [".admin-site": Self.marker, "models/x.html": "half"])
        _ = try Self.folder(tmp.url, ".site.tmp-000000", [".admin-site": "This folder is gen", "index.html": "x"])
        _ = try Self.folder(tmp.url, ".site.tmp-zzzzzz", [".admin-site": ""])
        _ = try Self.folder(tmp.url, ".site.tmp-EMPTY1", [:])
        let result = try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
        #expect(result.staleFoldersRemoved == [".site.tmp-000000", ".site.tmp-Ab12Cd", ".site.tmp-EMPTY1", ".site.tmp-zzzzzz"])
        #expect(result.foldersLeftAlone.isEmpty)
        #expect(SiteTree.siblings(of: out) == ["site"])
        #expect(result.written.isEmpty, "cleaning up is not a change to the site")
    }

    @Test("folders that cannot be proven ours are left alone and reported; other names are ignored")
    func leavesTheRestAlone() throws {
        let tmp = try TemporaryFolder()
        let out = tmp.url.appendingPathComponent("site")
        try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
        let names = [
            ".site.tmp-NoMark": ["index.html": "someone's work"],  // no marker
            ".site.tmp-Other1": [".admin-site": "another tool's marker"],  // foreign marker
            ".site.tmp-toolong1": [".admin-site": Self.marker],  // not our name pattern
            ".other.tmp-abcdef": [".admin-site": Self.marker],  // another output's
            "site.tmp-abcdef": [".admin-site": Self.marker],  // no leading dot
        ]
        for (name, files) in names { _ = try Self.folder(tmp.url, name, files) }
        try FileManager.default.createSymbolicLink(atPath: tmp.url.path + "/.site.tmp-Link01", withDestinationPath: out.path)
        let result = try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
        #expect(result.staleFoldersRemoved.isEmpty)
        #expect(result.foldersLeftAlone == [".site.tmp-Link01", ".site.tmp-NoMark", ".site.tmp-Other1"])
        #expect(Set(SiteTree.siblings(of: out)) == Set(names.keys).union(["site", ".site.tmp-Link01"]))
        #expect(FileIO.kind(out.path + "/index.html") == .file, "the link's target was not followed")
    }

    @Test("a running build's stage (its lock held) is neither removed nor reported")
    func lockedStageIsInUse() throws {
        let tmp = try TemporaryFolder()
        let out = tmp.url.appendingPathComponent("site")
        try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
        let busy = try Self.folder(tmp.url, ".site.tmp-Busy00", [".admin-site": Self.marker])
        let fd = open(busy.path, O_RDONLY | O_DIRECTORY)
        #expect(flock(fd, LOCK_EX) == 0)
        defer { close(fd) }
        let result = try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
        #expect(result.staleFoldersRemoved.isEmpty && result.foldersLeftAlone.isEmpty)
        #expect(FileIO.kind(busy.path + "/.admin-site") == .file)
    }

    @Test("a build's own stage is locked and marked from the start, so a leftover is always provable")
    func stageIsLockedAndMarked() throws {
        let tmp = try TemporaryFolder()
        let stage = try StageFolder.create(parent: tmp.url.path, outputName: "site")
        defer { stage.close() }
        #expect(StageFolder.isTemporaryName((stage.path as NSString).lastPathComponent, prefix: ".site.tmp-"))
        let other = open(stage.path, O_RDONLY | O_DIRECTORY)
        defer { close(other) }
        #expect(flock(other, LOCK_EX | LOCK_NB) != 0, "the stage's lock is held")
        #expect(StageFolder.removeStale(parent: tmp.url.path, outputName: "site").removed.isEmpty)
        #expect(FileIO.kind(stage.path) == .directory)
    }
}
