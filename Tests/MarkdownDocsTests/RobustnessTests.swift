import Testing
@testable import MarkdownDocs

@Suite("Robustness")
struct RobustnessTests {
    @Test func invalidUTF8IsReplacedAndLocated() {
        let bytes: [UInt8] = Array("# Ok\n\nfine\r\nbad ".utf8) + [0xFF, 0xC3] + Array(" end\n".utf8)
        let result = MarkdownRenderer.render(bytes)
        #expect(result.invalidUTF8Line == 4)
        #expect(result.containsInvalidUTF8)
        #expect(result.html.contains("bad \u{FFFD}\u{FFFD} end"))
        #expect(MarkdownRenderer.render("valid é\n").invalidUTF8Line == nil)
    }

    @Test func nulBytesDoNotTruncate() {
        let result = MarkdownRenderer.render(Array("a".utf8) + [0] + Array("b\n".utf8))
        #expect(result.html == "<p>a\u{FFFD}b</p>\n")
    }

    @Test func tenMegabyteDocRenders() {
        let section = "## Section\n\nSome *text* with [a link](other.md#part) and `code` -- \"quoted\".\n\n"
        let count = 10_000_000 / section.utf8.count + 1
        let source = Array(String(repeating: section, count: count).utf8)
        #expect(source.count >= 10_000_000)
        let result = MarkdownRenderer.render(source) { _ in "other.html#part" }
        #expect(result.headings.count == count)
        #expect(result.links.count == count)
        #expect(result.headings.last?.anchor == "section-\(count - 1)")
        #expect(result.html.utf8.count > source.count)
    }

    @Test func deeplyNestedBlockQuotesDoNotCrash() {
        let source = String(repeating: ">", count: 5_000) + " deep [x](X.md)\n"
        let result = MarkdownRenderer.render(source)
        #expect(result.html.contains("deep"))
        #expect(result.links.count == 1)
    }

    @Test func deeplyNestedListsDoNotCrash() {
        let source = String(repeating: "- ", count: 5_000) + "# deep\n"
        let result = MarkdownRenderer.render(source)
        #expect(result.headings.map(\.text) == ["deep"])
        #expect(result.html.contains("<h1 id=\"deep\">deep</h1>"))
    }

    @Test func deeplyNestedInlinesDoNotCrash() {
        let source = "# " + String(repeating: "*[", count: 5_000) + "x" + String(repeating: "](y)*", count: 5_000) + "\n"
        let result = MarkdownRenderer.render(source)
        #expect(result.headings.count == 1)
        #expect(!result.html.isEmpty)
    }
}
