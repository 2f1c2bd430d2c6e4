import Testing
@testable import MarkdownDocs

@Suite("Renderer links")
struct RendererLinkTests {
    @Test func rewriterChangesLinksAndImages() {
        var seen: [String] = []
        let result = MarkdownRenderer.render("[a](A.md) ![p](pic.png) [keep](https://x.y)\n") { destination in
            seen.append(destination)
            return destination.hasSuffix(".md") ? "a.html" : (destination == "pic.png" ? "img/pic.png" : nil)
        }
        #expect(seen == ["A.md", "pic.png", "https://x.y"])
        #expect(result.html == """
            <p><a href="a.html">a</a> <img src="img/pic.png" alt="p" /> <a href="https://x.y">keep</a></p>

            """)
        #expect(result.links.map(\.destination) == ["A.md", "pic.png", "https://x.y"])
        #expect(result.links.map(\.isImage) == [false, true, false])
    }

    @Test func linksInHeadingsAreRewrittenToo() {
        let html = MarkdownRenderer.render("# See [x](X.md)\n") { _ in "x.html" }.html
        #expect(html == "<h1 id=\"see-x\">See <a href=\"x.html\">x</a></h1>\n")
    }

    @Test func linkPositionsAreOneBasedAndCorrectOnContinuationLines() {
        let source = """
            Intro [a](A.md) text
              indented [b](B.md)
            > quote
            >    more [c](C.md)

            - item
                lazy [d](D.md)
            [ref] é [e](E.md)

            [ref]: R.md
            """
        let positions = MarkdownRenderer.render(source).links.map { "\($0.destination)@\($0.line):\($0.column)" }
        #expect(positions == ["A.md@1:7", "B.md@2:12", "C.md@4:11", "D.md@7:10", "R.md@8:1", "E.md@8:10"])
    }
}
