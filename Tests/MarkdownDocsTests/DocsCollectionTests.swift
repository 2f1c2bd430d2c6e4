import Foundation
import Testing
@testable import MarkdownDocs

@Suite("Docs collection")
struct DocsCollectionTests {
    @Test func loadsEveryMarkdownFileSortedByPath() throws {
        let folder = try TemporaryDocsFolder(files: [
            "README.md": "# Home\n",
            "b/Two.md": "# Two\n",
            "a/One.md": "# One\n",
            "a/notes.txt": "not markdown",
            ".hidden/Secret.md": "# Hidden\n",
            "UPPER.MD": "# Upper\n",
        ])
        let docs = try DocsCollection.load(root: folder.url)
        #expect(docs.pages.map(\.sourcePath) == ["README.md", "UPPER.MD", "a/One.md", "b/Two.md"])
        #expect(docs.pages.map(\.outputPath) == ["readme.html", "upper.html", "a/one.html", "b/two.html"])
        #expect(docs.index == [
            DocsIndexEntry(title: "Home", outputPath: "readme.html", sourcePath: "README.md"),
            DocsIndexEntry(title: "Upper", outputPath: "upper.html", sourcePath: "UPPER.MD"),
            DocsIndexEntry(title: "One", outputPath: "a/one.html", sourcePath: "a/One.md"),
            DocsIndexEntry(title: "Two", outputPath: "b/two.html", sourcePath: "b/Two.md"),
        ])
        #expect(docs.problems.isEmpty)
        #expect(!docs.hasErrors)
        #expect(docs.page(forSourcePath: "a/One.md")?.html == "<h1 id=\"one\">One</h1>\n")
    }

    @Test func missingRootThrows() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)")
        #expect(throws: DocsCollectionError.self) { try DocsCollection.load(root: missing) }
    }

    @Test func tableOfContentsNeedsThreeSections() throws {
        let folder = try TemporaryDocsFolder(files: [
            "Long.md": "# Long\n\n## One\n\n### One A\n\n#### Deep\n\n## Two\n",
            "Short.md": "# Short\n\n## One\n\n## Two\n",
        ])
        let docs = try DocsCollection.load(root: folder.url)
        let long = try #require(docs.page(forSourcePath: "Long.md"))
        #expect(long.hasTableOfContents)
        #expect(long.tableOfContents.map(\.anchor) == ["one", "one-a", "two"])
        #expect(long.headings.count == 5)
        let short = try #require(docs.page(forSourcePath: "Short.md"))
        #expect(!short.hasTableOfContents)
        #expect(short.tableOfContents.isEmpty)
    }

    @Test func emptyDocGetsFileNameTitleAndWarning() throws {
        let folder = try TemporaryDocsFolder(files: ["getting-started.md": "", "blank.md": " \n\n\t\n"])
        let docs = try DocsCollection.load(root: folder.url)
        let page = try #require(docs.page(forSourcePath: "getting-started.md"))
        #expect(page.title == "getting started")
        #expect(page.html == "")
        #expect(page.problems == [DocProblem(file: "getting-started.md", severity: .warning, message: "doc is empty")])
        #expect(docs.page(forSourcePath: "blank.md")?.problems.map(\.message) == ["doc is empty"])
    }

    @Test func docWithoutHeadingGetsFileNameTitleAndWarning() throws {
        let folder = try TemporaryDocsFolder(files: ["release_notes.md": "Just text.\n"])
        let page = try #require(try DocsCollection.load(root: folder.url).pages.first)
        #expect(page.title == "release notes")
        #expect(page.html == "<p>Just text.</p>\n")
        #expect(page.problems == [DocProblem(file: "release_notes.md", severity: .warning,
                                             message: "doc has no heading; title taken from file name")])
    }

    @Test func invalidUTF8IsAWarningNotAFailure() throws {
        let folder = try TemporaryDocsFolder()
        try folder.write("Bad.md", bytes: Array("# Bad\n\nx ".utf8) + [0xC0, 0xAF] + Array("\n".utf8))
        let page = try #require(try DocsCollection.load(root: folder.url).pages.first)
        #expect(page.title == "Bad")
        #expect(page.html.contains("x \u{FFFD}"))
        #expect(page.problems == [DocProblem(file: "Bad.md", line: 3, severity: .warning,
                                             message: "invalid UTF-8 replaced with U+FFFD")])
    }

    @Test func pipeTableIsAWarningWithItsLine() throws {
        let folder = try TemporaryDocsFolder(files: ["Prices.md": "# Prices\n\n| a | b |\n| - | - |\n"])
        let page = try #require(try DocsCollection.load(root: folder.url).pages.first)
        #expect(page.problems == [DocProblem(
            file: "Prices.md", line: 3, severity: .warning,
            message: "doc contains a GFM pipe table; libcmark renders it as a paragraph — "
                + "use a list or an HTML-free layout instead")])
    }

    @Test func optionsReachEveryPage() throws {
        let folder = try TemporaryDocsFolder(files: ["Raw.md": "# Raw\n\n<div>kept</div>\n"])
        let safe = try DocsCollection.load(root: folder.url)
        #expect(safe.pages.first?.html.contains("<div>") == false)
        let unsafe = try DocsCollection.load(root: folder.url, options: MarkdownOptions(allowRawHTML: true))
        #expect(unsafe.pages.first?.html.contains("<div>kept</div>") == true)
    }

    @Test func problemDescriptionIsCompilerStyle() {
        let problem = DocProblem(file: "a/B.md", line: 3, column: 7, severity: .error, message: "boom")
        #expect(problem.description == "a/B.md:3:7: error: boom")
        #expect(DocProblem(file: "C.md", severity: .warning, message: "w").description == "C.md: warning: w")
    }
}
