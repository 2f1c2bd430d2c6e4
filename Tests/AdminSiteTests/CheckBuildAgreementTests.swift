import Foundation
import Testing

/// `check` passes exactly what `build` builds: every input that makes the build fail is a
/// check error (or, for a missing input, a check that cannot run), through the real binary.
@Suite struct CheckBuildAgreementTests {
    /// One broken input set, made in a scratch folder: extra flags for both commands, and the
    /// text both must name.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var mentions: String
        var make: @Sendable (URL) throws -> [String]
        var testDescription: String { name }
    }

    static let root = CommandRunner.packageRoot

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The repository's catalogue with two extra content templates whose ids are one UUID in
    /// two cases (copies of the first template, so no other rule fires).
    static func catalogueWithIds(_ ids: [String], in scratch: URL) throws -> [String] {
        let data = try Data(contentsOf: root.appendingPathComponent("Site/templates.json"))
        var catalogue = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var content = try #require(catalogue["contentTemplates"] as? [[String: Any]])
        for id in ids {
            var copy = content[0]
            copy["id"] = id
            content.append(copy)
        }
        catalogue["contentTemplates"] = content
        let url = scratch.appendingPathComponent("templates.json")
        try JSONSerialization.data(withJSONObject: catalogue, options: [.prettyPrinted, .sortedKeys]).write(to: url)
        return ["--templates", url.path]
    }

    static let cases: [Case] = [
        Case(name: "template ids that differ only in case map to one page", mentions: "page-path-collision") { scratch in
            try catalogueWithIds(["0f7a3c52-1111-4c3e-9d1e-2b1c0e5a7f10", "0F7A3C52-1111-4C3E-9D1E-2B1C0E5A7F10"], in: scratch)
        },
        Case(name: "a doc page and a file beside it share a path", mentions: "docs/readme.html") { scratch in
            let docs = scratch.appendingPathComponent("docs")
            try write("# Docs\n\nHello.\n", to: docs.appendingPathComponent("README.md"))
            try write("<p>old export</p>\n", to: docs.appendingPathComponent("readme.html"))
            return ["--docs", docs.path]
        },
        Case(name: "a file named like the docs index", mentions: "docs/index.html") { scratch in
            let docs = scratch.appendingPathComponent("docs")
            try write("# Docs\n\nHello.\n", to: docs.appendingPathComponent("guide.md"))
            try write("<p>hand-made index</p>\n", to: docs.appendingPathComponent("index.html"))
            return ["--docs", docs.path]
        },
        Case(name: "a page template is missing", mentions: "workflow") { scratch in
            let templates = scratch.appendingPathComponent("templates")
            try FileManager.default.copyItem(at: root.appendingPathComponent("Templates"), to: templates)
            try FileManager.default.removeItem(at: templates.appendingPathComponent("workflow.mustache"))
            return ["--page-templates", templates.path]
        },
        Case(name: "a page template fails its lint", mentions: "model.mustache") { scratch in
            let templates = scratch.appendingPathComponent("templates")
            try FileManager.default.copyItem(at: root.appendingPathComponent("Templates"), to: templates)
            let model = templates.appendingPathComponent("model.mustache")
            let text = try String(contentsOf: model, encoding: .utf8)
            try write(text + "{{{rawUnsafe}}}\n", to: model)
            return ["--page-templates", templates.path]
        },
        Case(name: "the assets folder is missing", mentions: "no-assets") { scratch in
            ["--assets", scratch.appendingPathComponent("no-assets").path]
        },
    ]

    @Test("what fails the build fails the check", arguments: cases)
    func bothRefuse(_ c: Case) throws {
        let scratch = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let flags = try c.make(scratch)
        let site = scratch.appendingPathComponent("site")
        let build = try CommandRunner.run(["build", "--output", site.path] + flags)
        #expect(build.status == 1, "build: \(build.stdout)\(build.stderr)")
        #expect(build.stderr.contains(c.mentions), "build: \(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.path))

        let check = try CommandRunner.run(["check"] + flags)
        #expect(check.status == 1 || check.status == 2, "check passed what build refuses: \(check.stdout)")
        #expect((check.stdout + check.stderr).contains(c.mentions), "check: \(check.stdout)\(check.stderr)")
    }

    @Test func theRepositoryPassesBoth() throws {
        let scratch = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let check = try CommandRunner.run(["check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let build = try CommandRunner.run(["build", "--output", scratch.appendingPathComponent("site").path])
        #expect(build.status == 0, "\(build.stderr)")
    }
}
