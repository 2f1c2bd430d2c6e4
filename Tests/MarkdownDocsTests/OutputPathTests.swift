import Foundation
import Testing
@testable import MarkdownDocs

@Suite("Output paths")
struct OutputPathTests {
    /// Whether `path` is a plain relative path that cannot leave the folder it is resolved in.
    private func staysInside(_ path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && !path.contains("\\") && !path.contains("%")
            && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    @Test func spacesUnicodeAndTraversalNamesStayInside() throws {
        let folder = try TemporaryDocsFolder(files: [
            "My Doc.md": "# Mine\n",
            "Ünïcode Ñame.md": "# Uni\n",
            "..%2F..%2Fetc%2Fpasswd.md": "# Sneaky\n",
            "nested/Deep Dir/..x...md": "# Dots\n",
            "nested/Deep Dir/%2e%2e.md": "# Encoded dots\n",
            "!!!.md": "# Punctuation only\n",
        ])
        let docs = try DocsCollection.load(root: folder.url)
        let outputs = Dictionary(uniqueKeysWithValues: docs.pages.map { ($0.sourcePath, $0.outputPath) })
        #expect(outputs["My Doc.md"] == "my-doc.html")
        #expect(outputs["Ünïcode Ñame.md"] == "ünïcode-ñame.html")
        #expect(outputs["..%2F..%2Fetc%2Fpasswd.md"] == "2f-2fetc-2fpasswd.html")
        #expect(outputs["nested/Deep Dir/..x...md"] == "nested/deep-dir/x.html")
        #expect(outputs["nested/Deep Dir/%2e%2e.md"] == "nested/deep-dir/2e-2e.html")
        #expect(outputs["!!!.md"] == "doc.html")
        for page in docs.pages {
            #expect(staysInside(page.outputPath), "\(page.outputPath)")
            #expect(page.outputPath.hasSuffix(".html"))
            let out = URL(fileURLWithPath: "/site/docs").appendingPathComponent(page.outputPath).standardizedFileURL
            #expect(out.path.hasPrefix("/site/docs/"))
        }
    }

    @Test func collisionsGetDeterministicSuffixes() {
        let paths = OutputPathPlanner.outputPaths(for: ["A B.md", "A-B.md", "a b.md", "a-b-2.md", "x/A.md", "X/a.md"])
        #expect(paths == ["a-b.html", "a-b-2.html", "a-b-3.html", "a-b-2-2.html", "x/a.html", "x/a-2.html"])
        #expect(Set(paths).count == paths.count)
    }

    @Test func collidingFilesOnDiskGetDistinctPages() throws {
        let folder = try TemporaryDocsFolder(files: ["Read Me.md": "# One\n", "read-me.md": "# Two\n"])
        let docs = try DocsCollection.load(root: folder.url)
        #expect(docs.pages.map(\.outputPath) == ["read-me.html", "read-me-2.html"])
    }

    @Test func veryLongNamesAreShortened() {
        let long = String(repeating: "é", count: 300) + ".md"
        let path = OutputPathPlanner.outputPaths(for: [long])[0]
        #expect(path.utf8.count <= OutputPathPlanner.maximumSegmentBytes + ".html".utf8.count)
    }

    @Test func symlinksOutsideTheRootAreIgnored() throws {
        let outside = try TemporaryDocsFolder(files: ["secret.md": "# Secret\n"])
        let folder = try TemporaryDocsFolder(files: ["README.md": "# Home\n", "real/Inside.md": "# Inside\n"])
        let fileManager = FileManager.default
        try fileManager.createSymbolicLink(
            at: folder.url.appendingPathComponent("leak.md"),
            withDestinationURL: outside.url.appendingPathComponent("secret.md"))
        try fileManager.createSymbolicLink(
            at: folder.url.appendingPathComponent("linked-dir"), withDestinationURL: outside.url)
        try fileManager.createSymbolicLink(
            at: folder.url.appendingPathComponent("alias.md"),
            withDestinationURL: folder.url.appendingPathComponent("real/Inside.md"))

        let docs = try DocsCollection.load(root: folder.url)
        #expect(docs.pages.map(\.sourcePath) == ["README.md", "alias.md", "real/Inside.md"])
        #expect(docs.pages.allSatisfy { !$0.html.contains("Secret") })
        #expect(docs.problems == [DocProblem(file: "leak.md", severity: .warning,
                                             message: "symlink points outside the docs folder; ignored")])
    }
}
