import Foundation
import Testing

/// No silent fallbacks: a typo on the command line is an error that says what was expected,
/// never an empty answer or a clean run.
@Suite struct StrictInputTests {
    @Test("an unknown provider or content type is an error naming the known ones",
          arguments: [
            (["list", "--provider", "kie_aj"], "kie_ai, runware, lovable_ai_sync"),
            (["list", "--content-type", "video"], "prompt_to_image, image_editing, prompt_to_video, image_to_video, prompt_to_audio"),
            (["list", "--provider", ""], "kie_ai, runware, lovable_ai_sync"),
          ])
    func unknownFilter(arguments: [String], known: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains("expected one of \(known)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty, "printed a table anyway: \(result.stdout)")
    }

    @Test func aKnownProviderStillLists() throws {
        let result = try CommandRunner.run(["list", "--provider", "runware", "--content-type", "prompt_to_image"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdoutLines.dropFirst().dropLast()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains("\trunware\tprompt_to_image\t") })
    }

    @Test func checkWithAMissingDocsFolderCannotRun() throws {
        let result = try CommandRunner.run(["check", "--docs", "/nonexistent"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent"), "\(result.stderr)")
        #expect(!result.stdout.contains("errors,"), "printed a report as if it had run: \(result.stdout)")
    }

    /// Inputs of the repository named by absolute path, so a run can start in an empty folder.
    static var repositoryInputs: [String] {
        let root = CommandRunner.packageRoot
        return [
            "--templates", root.appendingPathComponent("Site/templates.json").path,
            "--config", root.appendingPathComponent("Site/site.json").path,
            "--assets", root.appendingPathComponent("Site/assets").path,
            "--page-templates", root.appendingPathComponent("Templates").path,
        ]
    }

    /// The repository's price lockfile by absolute path, for `check`.
    static var repositoryPriceLock: [String] {
        ["--price-lock", CommandRunner.packageRoot.appendingPathComponent("Site/prices.lock.json").path]
    }

    /// `--docs Docs` is given even though it spells the default: in a folder without Docs/,
    /// it fails like any other missing folder, while leaving it out skips the docs.
    @Test func anExplicitDefaultDocsFolderCountsAsGiven() throws {
        let scratch = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let explicitCheck = try CommandRunner.run(["check", "--docs", "Docs"] + Self.repositoryInputs, in: scratch)
        #expect(explicitCheck.status == 2)
        #expect(explicitCheck.stderr.contains("Docs: docs folder not found (--docs)"), "\(explicitCheck.stderr)")
        let explicitBuild = try CommandRunner.run(
            ["build", "--docs", "Docs", "--output", scratch.appendingPathComponent("site").path] + Self.repositoryInputs, in: scratch)
        #expect(explicitBuild.status == 1)
        #expect(explicitBuild.stderr.contains("Docs: docs folder not found (--docs)"), "\(explicitBuild.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("site").path))

        let implicit = try CommandRunner.run(["check"] + Self.repositoryInputs + Self.repositoryPriceLock, in: scratch)
        #expect(implicit.status == 0, "\(implicit.stdout)\(implicit.stderr)")
    }
}

/// `admin-site new-model` through the real binary: hostile flags are refused and nothing is
/// written.
@Suite struct NewModelCommandTests {
    /// A scratch package with the repository's model folder copied in.
    static func scratchPackage() throws -> URL {
        let root = try CommandRunner.temporaryDirectory()
        let target = root.appendingPathComponent("Sources/ModelRegistry")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: CommandRunner.packageRoot.appendingPathComponent("Sources/ModelRegistry/Models"), to: target.appendingPathComponent("Models"))
        return root
    }

    static func tree(_ root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            if let data = FileManager.default.contents(atPath: url.path) { files[url.path] = data }
        }
        return files
    }

    static let base = ["new-model", "--name", "Kling V9", "--provider", "kie_ai", "--content-type", "image_to_video", "--base-cost", "2.5"]

    @Test("hostile or invalid flags are refused, naming the flag, and nothing is written",
          arguments: [
            (["--provider", "kie_ai\nstatic let injectedByProvider = { print(\"pwned\"); return 1 }()"], "--provider"),
            (["--provider", ""], "--provider"),
            (["--name", "Evil\rstatic let x = 1"], "--name"),
            (["--name", "Models"], "second file named"),
            (["--name", "All Models"], "second file named"),
            (["--name", "Suno"], "second file named"),
            (["--record-id", "4B68811B-28BE-45CB-BCAE-9DB721BA4547"], "--record-id"),
            (["--record-id", " 4b68811b-28be-45cb-bcae-9db721ba4547"], "--record-id"),
            (["--record-id", "SCHNELL"], "--record-id"),
            (["--estimated-time=-5"], "--estimated-time"),
          ])
    func refused(extra: [String], mentions: String) throws {
        let root = try Self.scratchPackage()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = Self.tree(root)
        // Later flags win in argument-parser, so `extra` overrides the base values.
        let result = try CommandRunner.run(Self.base + extra + ["--package-root", root.path])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains(mentions), "\(result.stderr)")
        #expect(Self.tree(root) == before, "something was written")
    }

    @Test func aValidModelIsWrittenAndRegistered() throws {
        let root = try Self.scratchPackage()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandRunner.run(Self.base + ["--package-root", root.path])
        #expect(result.status == 0, "\(result.stderr)")
        let file = root.appendingPathComponent("Sources/ModelRegistry/Models/image_to_video/KlingV9.swift")
        #expect(FileManager.default.fileExists(atPath: file.path))
        let listing = try String(contentsOf: root.appendingPathComponent("Sources/ModelRegistry/Models/AllModels.swift"), encoding: .utf8)
        #expect(listing.contains("        klingV9ImageToVideo,\n"))
    }
}
