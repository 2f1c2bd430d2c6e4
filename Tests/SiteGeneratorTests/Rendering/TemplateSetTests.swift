import Testing

@testable import SiteGenerator

@Suite("Page templates: lint and strict rendering")
struct TemplateSetTests {
    static func set(_ sources: [String: String], _ engine: TemplateEngine = .compiled) throws -> TemplateSet {
        var set = try TemplateSet.compile(sources, requireAll: false)
        set.engine = engine
        return set
    }

    @Test("a complete context renders; Mustache escapes values", arguments: TemplateEngine.allCases)
    func renders(engine: TemplateEngine) throws {
        let t = try Self.set(["page": "<p title=\"{{title}}\">{{#items}}[{{label}}]{{/items}}{{^items}}none{{/items}} {{{bodyHtml}}}</p>"], engine)
        let text = try t.renderText("page", context: [
            "title": "\"<x>\" & 'y'", "items": [["label": "<a>"], ["label": "b"]] as [Ctx],
            "bodyHtml": SafeHTML(trusted: "<em>ok</em>"),
        ], page: "p.html")
        #expect(text == "<p title=\"&quot;&lt;x&gt;&quot; &amp; &#39;y&#39;\">[&lt;a&gt;][b] <em>ok</em></p>")
    }

    @Test("a variable missing from the context fails, at top level and inside sections", arguments: TemplateEngine.allCases)
    func missingVariables(engine: TemplateEngine) throws {
        let t = try Self.set(["page": "{{title}} {{#items}}{{label}}{{/items}} {{#flag}}x{{/flag}} {{^other}}y{{/other}}"], engine)
        #expect {
            try t.renderText("page", context: ["items": [["label": "a"], ["nolabel": "b"]] as [Ctx]], page: "p.html")
        } throws: { error in
            guard case SiteGenerationError.missingVariables(let template, let page, let names) = error else { return false }
            return template == "page" && page == "p.html" && names == ["flag", "label", "other", "title"]
        }
        // Values that are present but false or empty are fine.
        let ok = try t.renderText("page", context: ["title": "", "items": [Any](), "flag": false, "other": false], page: "p.html")
        #expect(ok == "   y")
    }

    @Test("names defined in an outer frame resolve inside sections", arguments: TemplateEngine.allCases)
    func outerFrames(engine: TemplateEngine) throws {
        let t = try Self.set(["page": "{{#rows}}{{root}}{{href}};{{/rows}}"], engine)
        #expect(try t.renderText("page", context: ["root": "../", "rows": [["href": "a"], ["href": "b"]] as [Ctx]], page: "x") == "../a;../b;")
    }

    @Test("partials render and missing partials are lint errors", arguments: TemplateEngine.allCases)
    func partials(engine: TemplateEngine) throws {
        let t = try Self.set(["page": "<{{>partials/x}}>", "partials/x": "{{v}}"], engine)
        #expect(try t.renderText("page", context: ["v": "1"], page: "x") == "<1>")
        #expect(throws: SiteGenerationError.self) { try Self.set(["page": "{{>partials/nope}}"]) }
    }

    @Test("unescaped tags must name …Html keys; dotted names, transforms and delimiter changes are refused")
    func lint() {
        let bad = [
            "{{{title}}}", "{{&title}}", "{{a.b}}", "{{#a.b}}x{{/a.b}}", "{{uppercased(name)}}", "{{=<% %>=}}",
        ]
        for source in bad {
            #expect(throws: SiteGenerationError.self, "\(source)") { try Self.set(["page": source]) }
        }
        #expect(throws: Never.self) { try Self.set(["page": "{{{bodyHtml}}} {{&chartHtml}} {{.}} {{! a comment.with.dots }}"]) }
    }

    @Test("both engines agree on standalone lines, indentation of partials and truthiness", arguments: [
        "a\n  {{#list}}\n  - {{name}}\n  {{/list}}\nb\n",
        "<ul>\n  {{>p}}\n</ul>\n{{>p}}",
        "{{#s}}[{{.}}]{{/s}}{{#e}}E{{/e}}{{^e}}not{{/e}}{{#z}}Z{{/z}}{{^empty}}none{{/empty}}{{#obj}}{{k}}{{/obj}}",
        "  {{! comment }}\n{{#t}}\n\tyes\n{{/t}}\n{{^t}}\nno\n{{/t}}\r\nend {{#t}} inline {{/t}} x\n",
        "{{{bodyHtml}}}|{{bodyHtml}}|{{n}}|{{t}}",
    ])
    func enginesAgree(source: String) throws {
        let sources = ["page": source, "p": "<li>{{name}}</li>\n<li>two</li>\n"]
        let context: Ctx = [
            "list": [["name": "x"], ["name": "<y>"]] as [Ctx], "name": "top", "s": "str", "e": "", "z": 0, "empty": [Any](),
            "obj": ["k": "v"] as Ctx, "t": true, "bodyHtml": SafeHTML(trusted: "<b>&amp;</b>"), "n": 42,
        ]
        let a = try Self.set(sources, .compiled).renderText("page", context: context, page: "x")
        let b = try Self.set(sources, .swiftMustache).renderText("page", context: context, page: "x")
        #expect(a == b)
    }

    @Test("a nested dictionary with String keys fails the page instead of resolving in outer frames")
    func stringKeyedDictionaries() throws {
        let set = try Self.set(["page": "{{#list}}{{name}}{{/list}}|{{#obj}}{{name}}{{/obj}}"])
        let nested: [String: Any] = ["name": "inner"]
        let values: [Any] = [[nested], nested]
        for value in values {
            let context: Ctx = ["name": "outer", "list": value, "obj": "x"]
            let error = #expect(throws: SiteGenerationError.self) {
                try set.renderText("page", context: context, page: "p.html")
            }
            #expect("\(error.map { "\($0)" } ?? "")".contains("list (a dictionary with String keys, not Ctx)"))
        }
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
