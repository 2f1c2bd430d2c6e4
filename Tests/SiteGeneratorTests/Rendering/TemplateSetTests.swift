import Testing

@testable import SiteGenerator

@Suite("Page templates: lint and strict rendering")
struct TemplateSetTests {
    static func set(_ sources: [String: String]) throws -> TemplateSet {
        try TemplateSet.compile(sources, requireAll: false)
    }

    /// The text of `page` from the generator's renderer, checked against swift-mustache's.
    static func render(_ sources: [String: String], _ context: Ctx, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let ours = try set(sources).renderText("page", context: context, page: "p.html")
        let reference = try MustacheOracle(sources: sources).render("page", context: context)
        #expect(reference.missing.isEmpty, sourceLocation: sourceLocation)
        #expect(ours == reference.text, sourceLocation: sourceLocation)
        return ours
    }

    @Test("a complete context renders; values are escaped, raw-HTML slots are not")
    func renders() throws {
        var context: Ctx = ["title": "\"<x>\" & 'y'", "items": [["label": "<a>"], ["label": "b"]] as [Ctx]]
        context[html: .bodyHtml] = SafeHTML(trusted: "<em>ok</em>")
        let text = try Self.render(["page": "<p title=\"{{title}}\">{{#items}}[{{label}}]{{/items}}{{^items}}none{{/items}} {{{bodyHtml}}}</p>"], context)
        #expect(text == "<p title=\"&quot;&lt;x&gt;&quot; &amp; &#39;y&#39;\">[&lt;a&gt;][b] <em>ok</em></p>")
    }

    @Test("values are escaped as swift-mustache escapes them, every special character at every offset")
    func escapingAcrossWords() throws {
        // Each character to escape, and neighbours of every other class, at every offset, and
        // random mixes; a fixed seed, so a failure repeats.
        let pieces = ["&", "<", ">", "\"", "'", "a", " ", "=", "%", "é", "🎬", "\n", "\u{7f}", "?", "0"]
        var seed: UInt64 = 0x0BAD_5EED
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        var texts: [String] = []
        for special in pieces {
            for offset in 0..<18 { texts.append(String(repeating: "x", count: offset) + special + String(repeating: "y", count: 9)) }
        }
        for _ in 0..<300 { texts.append((0..<(next() % 30)).map { _ in pieces[next() % pieces.count] }.joined()) }
        let items: [Ctx] = texts.map { ["t": $0] }
        _ = try Self.render(["page": "{{#items}}[{{t}}]{{/items}}"], ["items": items])
    }

    @Test("a String under a raw-HTML slot's name is never written: the slot counts as missing")
    func stringInRawSlot() throws {
        let t = try Self.set(["page": "{{{bodyHtml}}}"])
        #expect {
            try t.renderText("page", context: ["bodyHtml": "<script>alert(1)</script>"], page: "p.html")
        } throws: { error in
            guard case SiteGenerationError.missingVariables(_, _, let names) = error else { return false }
            return names == ["bodyHtml"]
        }
        var context = Ctx()
        context[html: .bodyHtml] = SafeHTML(escaping: "<script>")
        #expect(try t.renderText("page", context: context, page: "p.html") == "&lt;script&gt;")
    }

    @Test("a variable missing from the context fails, at top level and inside sections")
    func missingVariables() throws {
        let source = "{{title}} {{#items}}{{label}}{{/items}} {{#flag}}x{{/flag}} {{^other}}y{{/other}}"
        let t = try Self.set(["page": source])
        let context: Ctx = ["items": [["label": "a"], ["nolabel": "b"]] as [Ctx]]
        #expect {
            try t.renderText("page", context: context, page: "p.html")
        } throws: { error in
            guard case SiteGenerationError.missingVariables(let template, let page, let names) = error else { return false }
            return template == "page" && page == "p.html" && names == ["flag", "label", "other", "title"]
        }
        #expect(try MustacheOracle(sources: ["page": source]).render("page", context: context).missing == ["flag", "label", "other", "title"])
        // Values that are present but false or empty are fine.
        let ok = try Self.render(["page": source], ["title": "", "items": [Ctx](), "flag": false, "other": false])
        #expect(ok == "   y")
    }

    @Test("names defined in an outer frame resolve inside sections")
    func outerFrames() throws {
        let text = try Self.render(["page": "{{#rows}}{{root}}{{href}};{{/rows}}"], ["root": "../", "rows": [["href": "a"], ["href": "b"]] as [Ctx]])
        #expect(text == "../a;../b;")
    }

    @Test("partials render and missing partials are lint errors")
    func partials() throws {
        #expect(try Self.render(["page": "<{{>partials/x}}>", "partials/x": "{{v}}"], ["v": "1"]) == "<1>")
        #expect(throws: SiteGenerationError.self) { try Self.set(["page": "{{>partials/nope}}"]) }
    }

    @Test("unescaped tags must name raw-HTML slots, slots are only unescaped; dotted names, transforms, delimiters, pragmas, parents and blocks are refused", arguments: [
        "{{{title}}}", "{{&title}}", "{{{chartHtml}}}", "{{bodyHtml}}", "{{#bodyHtml}}x{{/bodyHtml}}", "{{^landingHtml}}x{{/landingHtml}}",
        "{{a.b}}", "{{#a.b}}x{{/a.b}}", "{{uppercased(name)}}", "{{=<% %>=}}", "{{%FILTERS}}", "{{<parent}}{{/parent}}",
        "{{$block}}x{{/block}}", "{{}}",
    ])
    func lint(source: String) {
        #expect(throws: SiteGenerationError.self, "\(source)") { try Self.set(["page": source]) }
    }

    @Test("the allowed tags pass the lint")
    func lintAccepts() {
        #expect(throws: Never.self) { try Self.set(["page": "{{{bodyHtml}}} {{&costChartHtml}} {{.}} {{! a comment.with.dots }} {{#a}}{{/a}}"]) }
    }

    @Test("raw-HTML slots are named …Html, so templates show which tags are unescaped")
    func slotNames() {
        for slot in HTMLSlot.allCases { #expect(slot.rawValue.hasSuffix("Html")) }
    }

    @Test("the renderer and swift-mustache agree on standalone lines, indentation of partials and truthiness", arguments: [
        "a\n  {{#list}}\n  - {{name}}\n  {{/list}}\nb\n",
        "<ul>\n  {{>p}}\n</ul>\n{{>p}}",
        "{{#s}}[{{.}}]{{/s}}{{#e}}E{{/e}}{{^e}}not{{/e}}{{#z}}Z{{/z}}{{^empty}}none{{/empty}}{{#obj}}{{k}}{{/obj}}",
        "  {{! comment }}\n{{#t}}\n\tyes\n{{/t}}\n{{^t}}\nno\n{{/t}}\r\nend {{#t}} inline {{/t}} x\n",
        "{{{bodyHtml}}}|{{n}}|{{t}}|{{#strings}}<{{.}}>{{/strings}}",
        "  {{{bodyHtml}}}\n{{>p}}",
    ])
    func enginesAgree(source: String) throws {
        var context: Ctx = [
            "list": [["name": "x"], ["name": "<y>"]] as [Ctx], "name": "top", "s": "str", "e": "", "z": 0, "empty": [String](),
            "obj": ["k": "v"] as Ctx, "t": true, "n": 42, "strings": ["a", "&"],
        ]
        context[html: .bodyHtml] = SafeHTML(trusted: "<b>&amp;</b>")
        _ = try Self.render(["page": source, "p": "<li>{{name}}</li>\n<li>two</li>\n"], context)
    }

    @Test("CtxKey equals and hashes like its name")
    func ctxKeys() {
        let names = ["", ".", "name", "recordId", "récord", "a-much-longer-key-than-fifteen-bytes", "name "]
        for a in names {
            for b in names { #expect((CtxKey(a) == CtxKey(b)) == (a == b)) }
        }
        var dict: Ctx = [:]
        for (i, n) in names.enumerated() { dict[CtxKey(n)] = i }
        for (i, n) in names.enumerated() { #expect(dict[CtxKey(n)] as? Int == i) }
        #expect(Set(names.map { CtxKey($0) }).count == names.count)
    }

    @Test("unclosed and mismatched sections are load errors with a line")
    func parseErrors() {
        #expect { try Self.set(["page": "a\n{{#x}}b"]) } throws: { "\($0)".contains("section 'x' is never closed") }
        #expect { try Self.set(["page": "{{#x}}{{/y}}"]) } throws: { "\($0)".contains("page.mustache") }
    }

    @Test("lint problems name the file and line")
    func lintLocations() {
        let problems = TemplateSet.lint("a\nb {{{x}}}\n", file: "T/page.mustache", partials: [])
        #expect(problems.count == 1)
        #expect(problems[0].hasPrefix("T/page.mustache:2: unescaped tag 'x'"))
    }

    @Test("the shipped templates load and pass the lint")
    func shippedTemplates() throws {
        let set = try TemplateSet.load(directory: Package.templates)
        for name in TemplateSet.required { #expect(set.names.contains(name)) }
    }

    @Test("a missing required template is reported")
    func requiredTemplates() {
        #expect {
            try TemplateSet.compile(["dashboard": "x"])
        } throws: { error in
            "\(error)".contains("catalogue.mustache: missing")
        }
    }
}
