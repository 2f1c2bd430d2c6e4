import Foundation
import Testing
@testable import MarkdownDocs

@Suite("Rendering basics")
struct RendererBasicsTests {
    @Test func rendersParagraphsAndEmphasis() {
        let result = MarkdownRenderer.render("Hello *world* and **bold**.\n")
        #expect(result.html == "<p>Hello <em>world</em> and <strong>bold</strong>.</p>\n")
        #expect(result.headings.isEmpty)
        #expect(result.title == nil)
    }

    @Test func bytesDataAndStringRenderAlike() {
        let text = "# T\n\n- a\n- b\n"
        let fromString = MarkdownRenderer.render(text)
        #expect(MarkdownRenderer.render(Array(text.utf8)) == fromString)
        #expect(MarkdownRenderer.render(Data(text.utf8)) == fromString)
    }

    @Test func smartPunctuationIsOnByDefault() {
        let source = "\"Quoted\" -- it's --- done...\n"
        let smart = MarkdownRenderer.render(source)
        #expect(smart.html == "<p>\u{201C}Quoted\u{201D} \u{2013} it\u{2019}s \u{2014} done\u{2026}</p>\n")
        let plain = MarkdownRenderer.render(source, options: MarkdownOptions(smartPunctuation: false))
        #expect(plain.html == "<p>&quot;Quoted&quot; -- it's --- done...</p>\n")
    }

    @Test func rawHTMLIsSuppressedByDefault() {
        let source = "<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>\n"
        let html = MarkdownRenderer.render(source).html
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func rawHTMLIsKeptWhenAllowed() {
        let source = "<div class=\"note\">hi</div>\n\nText <b>bold</b>\n"
        let html = MarkdownRenderer.render(source, options: MarkdownOptions(allowRawHTML: true)).html
        #expect(html.contains("<div class=\"note\">hi</div>"))
        #expect(html.contains("<b>bold</b>"))
    }

    @Test func javascriptLinksAreNeutralisedByDefault() {
        let source = "[x](javascript:alert(1)) ![i](vbscript:y)\n"
        let html = MarkdownRenderer.render(source).html
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("vbscript:"))
        #expect(html.contains("<a href=\"\">x</a>"))
    }

    @Test func rewrittenJavascriptLinksAreStillNeutralised() {
        let html = MarkdownRenderer.render("[x](a.md)\n") { _ in "javascript:alert(1)" }.html
        #expect(html == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func fencedCodeKeepsLanguageClass() {
        let html = MarkdownRenderer.render("```swift\nlet x = \"a\"\n```\n").html
        #expect(html == "<pre><code class=\"language-swift\">let x = &quot;a&quot;\n</code></pre>\n")
    }

    @Test func titlePrefersFirstLevelOneHeading() {
        #expect(MarkdownRenderer.render("## Intro\n\n# Main *Title*\n\n# Second\n").title == "Main Title")
        #expect(MarkdownRenderer.render("Text\n\n### Only `code` here\n").title == "Only code here")
        #expect(MarkdownRenderer.render("Setext\ntitle\n=====\n").title == "Setext title")
        #expect(MarkdownRenderer.render("#\n\n## Real\n").title == "Real")
        #expect(MarkdownRenderer.render("No heading at all.\n").title == nil)
    }

    @Test func emptyInputRendersNothing() {
        let result = MarkdownRenderer.render([UInt8]())
        #expect(result.html == "")
        #expect(result.title == nil)
        #expect(result.links.isEmpty)
    }
}
