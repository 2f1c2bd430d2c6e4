import Testing
@testable import MarkdownDocs

@Suite("Pipe table detection")
struct PipeTableTests {
    @Test func detectsPipeTables() {
        let source = "# T\n\nIntro.\n\n| Model | Price |\n|---|:---:|\n| a | 1 |\n"
        let result = MarkdownRenderer.render(source)
        #expect(result.containsPipeTable)
        #expect(result.pipeTableLines == [5])
        // libcmark has no tables: the rows stay one paragraph.
        #expect(result.html.contains("<p>| Model | Price |"))
    }

    @Test func detectsTablesWithoutOuterPipesAndInsideQuotes() {
        #expect(MarkdownRenderer.render("a | b\n--- | ---\n1 | 2\n").pipeTableLines == [1])
        #expect(MarkdownRenderer.render("> | a |\n> | - |\n").pipeTableLines == [1])
    }

    @Test func ignoresLookalikes() {
        #expect(!MarkdownRenderer.render("a | b\n\n---\n").containsPipeTable)
        #expect(!MarkdownRenderer.render("Title\n---\n").containsPipeTable)
        #expect(!MarkdownRenderer.render("x | y\nz | w\n").containsPipeTable)
        #expect(!MarkdownRenderer.render("```\n| a |\n|---|\n```\n").containsPipeTable)
        #expect(!MarkdownRenderer.render("a | b\n|--x--|\n").containsPipeTable)
    }
}
