import Testing
@testable import MarkdownDocs

@Suite("Heading anchors")
struct HeadingAnchorTests {
    @Test func headingsCarryGitHubStyleIDs() {
        let result = MarkdownRenderer.render("# Hello, World!\n\n## Step 2: `Run` it_now\n")
        #expect(result.html == """
            <h1 id="hello-world">Hello, World!</h1>
            <h2 id="step-2-run-it_now">Step 2: <code>Run</code> it_now</h2>

            """)
        #expect(result.headings == [
            DocHeading(level: 1, text: "Hello, World!", anchor: "hello-world", line: 1),
            DocHeading(level: 2, text: "Step 2: Run it_now", anchor: "step-2-run-it_now", line: 3),
        ])
    }

    @Test func repeatedHeadingsGetNumberedSuffixes() {
        let anchors = MarkdownRenderer.render("# A\n# A\n# A-1\n# A\n").headings.map(\.anchor)
        // Mirrors github-slugger: the second "A" takes "a-1", so the literal "A-1" heading has to
        // become "a-1-1", and the last "A" continues the count with "a-2".
        #expect(anchors == ["a", "a-1", "a-1-1", "a-2"])
        #expect(Set(anchors).count == anchors.count)
    }

    @Test func unicodeLettersAndDigitsAreKept() {
        let result = MarkdownRenderer.render("# Ünïcode Straße 日本語 ١٢٣ 🎉!\n")
        #expect(result.headings.first?.anchor == "ünïcode-straße-日本語-١٢٣-")
        #expect(result.html.hasPrefix("<h1 id=\"ünïcode-straße-日本語-١٢٣-\">"))
    }

    @Test func headingsWithoutWordCharactersStillGetAnID() {
        let anchors = MarkdownRenderer.render("# !!!\n\n# ?\n").headings.map(\.anchor)
        #expect(anchors == ["section", "section-1"])
    }

    @Test func rawHTMLDoesNotLeakIntoAnchorsOrConfuseIDs() {
        let source = "# Hi <em>there</em>\n\n<h2 id=\"fake\">Not markdown</h2>\n"
        let result = MarkdownRenderer.render(source, options: MarkdownOptions(allowRawHTML: true))
        #expect(result.headings.map(\.anchor) == ["hi-there"])
        #expect(result.html == """
            <h1 id="hi-there">Hi <em>there</em></h1>
            <h2 id="fake">Not markdown</h2>

            """)
    }

    @Test func headingsInsideContainersGetIDs() {
        let html = MarkdownRenderer.render("> ## Quoted\n\n- ### Listed\n").html
        #expect(html.contains("<blockquote>\n<h2 id=\"quoted\">Quoted</h2>\n</blockquote>"))
        #expect(html.contains("<li>\n<h3 id=\"listed\">Listed</h3>\n</li>"))
    }
}

/// Found by FuzzMarkdownDocs: with smart punctuation (the default) `--` became an en dash that
/// the slugger dropped, so `# a -- b` got `a--b` where GitHub (and the same doc rendered without
/// smart punctuation) has `a----b`, and links written against GitHub were reported missing.
@Suite("Heading anchors under smart punctuation")
struct SmartDashAnchorTests {
    @Test("hyphens that smart punctuation turns into dashes slug as written",
          arguments: [
              ("# a -- b\n", "a----b"),
              ("# a---b\n", "a---b"),
              ("# Pricing -- *the --- rules*\n", "pricing----the-----rules"),
              ("Setext -- heading\n---\n", "setext----heading"),
              ("# `x--y` -- z\n", "x--y----z"),
              // Typed dashes are dropped, as GitHub drops them.
              ("# a – b — c\n", "a--b--c"),
          ])
    func dashes(source: String, anchor: String) {
        let smart = MarkdownRenderer.render(source)
        let plain = MarkdownRenderer.render(source, options: MarkdownOptions(smartPunctuation: false))
        #expect(smart.headings.map(\.anchor) == [anchor])
        #expect(plain.headings.map(\.anchor) == [anchor])
        #expect(smart.html.contains("id=\"\(anchor)\""))
    }

    @Test("the heading text keeps its typographic dashes")
    func textKeepsDashes() {
        let heading = MarkdownRenderer.render("# a -- b\n").headings.first
        #expect(heading?.text == "a \u{2013} b")
        #expect(heading?.anchor == "a----b")
    }
}
