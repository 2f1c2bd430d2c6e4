import Foundation
import Testing
@testable import MarkdownDocs

@Suite("Links between docs")
struct DocsLinkTests {
    @Test func relativeDocLinksAreRewrittenToPages() throws {
        let folder = try TemporaryDocsFolder(files: [
            "README.md": """
                # Home

                [a](./guide/Getting%20Started.md) [b](<guide/Getting Started.md#setup-steps>)
                [c](#home) [d](guide/Getting%20Started.md?x=1#setup-steps) [e](README.md)
                """,
            "guide/Getting Started.md": """
                # Guide

                ## Setup steps

                [up](../README.md#home) [sib](./OTHER.md) [self](#setup-steps)
                [ext](https://example.com/x.md) [mail](mailto:a@b.c) [proto](//cdn.example/x.md)
                ![diagram](img/flow.png)
                """,
            "guide/OTHER.md": "# Other\n",
            "guide/img/flow.png": "png",
        ])
        let docs = try DocsCollection.load(root: folder.url)
        #expect(docs.problems == [])

        let home = try #require(docs.page(forSourcePath: "README.md"))
        #expect(home.html.contains("<a href=\"guide/getting-started.html\">a</a>"))
        #expect(home.html.contains("<a href=\"guide/getting-started.html#setup-steps\">b</a>"))
        #expect(home.html.contains("<a href=\"#home\">c</a>"))
        #expect(home.html.contains("<a href=\"guide/getting-started.html?x=1#setup-steps\">d</a>"))
        #expect(home.html.contains("<a href=\"readme.html\">e</a>"))

        let guide = try #require(docs.page(forSourcePath: "guide/Getting Started.md"))
        #expect(guide.outputPath == "guide/getting-started.html")
        #expect(guide.html.contains("<a href=\"../readme.html#home\">up</a>"))
        #expect(guide.html.contains("<a href=\"other.html\">sib</a>"))
        #expect(guide.html.contains("<a href=\"#setup-steps\">self</a>"))
        #expect(guide.html.contains("<a href=\"https://example.com/x.md\">ext</a>"))
        #expect(guide.html.contains("<a href=\"mailto:a@b.c\">mail</a>"))
        #expect(guide.html.contains("<a href=\"//cdn.example/x.md\">proto</a>"))
        #expect(guide.html.contains("<img src=\"img/flow.png\" alt=\"diagram\" />"))
    }

    @Test func brokenDocAndAnchorLinksAreErrorsWithPositions() throws {
        let folder = try TemporaryDocsFolder(files: [
            "GUIDE.md": """
                # Guide

                See [arch](ARCH.md) for details.
                Also   [pricing](PRICING.md#nope) and [local](#missing).
                Fine [ok](PRICING.md#pricing), [escape](../../outside.md).
                """,
            "PRICING.md": "# Pricing\n",
        ])
        let docs = try DocsCollection.load(root: folder.url)
        #expect(docs.hasErrors)
        let guide = try #require(docs.page(forSourcePath: "GUIDE.md"))
        #expect(guide.problems == [
            DocProblem(file: "GUIDE.md", line: 3, column: 5, severity: .error,
                       message: "link to missing doc 'ARCH.md'"),
            DocProblem(file: "GUIDE.md", line: 4, column: 8, severity: .error,
                       message: "link to missing anchor '#nope' in 'PRICING.md'"),
            DocProblem(file: "GUIDE.md", line: 4, column: 39, severity: .error,
                       message: "link to missing anchor '#missing' in 'GUIDE.md'"),
            DocProblem(file: "GUIDE.md", line: 5, column: 32, severity: .error,
                       message: "link to missing doc '../../outside.md'"),
        ])
        // A broken anchor into an existing doc still points at that doc's page.
        #expect(guide.html.contains("<a href=\"pricing.html#nope\">pricing</a>"))
        #expect(guide.html.contains("<a href=\"ARCH.md\">arch</a>"))
        #expect(docs.problems == guide.problems)
    }

    @Test func percentEncodedAnchorsMatchUnicodeHeadings() throws {
        let folder = try TemporaryDocsFolder(files: [
            "A.md": "# Über uns\n\n[x](#%C3%BCber-uns) [y](#über-uns)\n",
        ])
        #expect(try DocsCollection.load(root: folder.url).problems == [])
    }

    @Test func nonDocLinksWarnOnlyWhenMissing() throws {
        let folder = try TemporaryDocsFolder(files: [
            "dir/A.md": """
                # A

                [there](data.csv) [dir](../dir/) [gone](gone.txt)
                [out](../../../etc/passwd) [abs](/Docs/X.md) [site](/models/)
                """,
            "dir/data.csv": "a,b\n",
        ])
        let page = try #require(try DocsCollection.load(root: folder.url).pages.first)
        #expect(page.problems == [
            DocProblem(file: "dir/A.md", line: 3, column: 34, severity: .warning,
                       message: "link to missing file 'gone.txt'"),
            DocProblem(file: "dir/A.md", line: 4, column: 1, severity: .warning,
                       message: "link to file outside the docs folder '../../../etc/passwd'"),
            DocProblem(file: "dir/A.md", line: 4, column: 28, severity: .warning,
                       message: "absolute link to doc '/Docs/X.md' cannot be checked or rewritten; use a relative link"),
        ])
        #expect(page.html.contains("<a href=\"data.csv\">there</a>"))
        #expect(page.html.contains("<a href=\"gone.txt\">gone</a>"))
    }

    @Test func repeatedBrokenLinksAreEachReported() throws {
        let folder = try TemporaryDocsFolder(files: ["A.md": "# A\n\n[x](B.md)\n[y](B.md)\n"])
        let problems = try DocsCollection.load(root: folder.url).problems
        #expect(problems.map { "\($0.line ?? 0):\($0.column ?? 0)" } == ["3:1", "4:1"])
    }
}
