import Foundation
import MarkdownDocs
import ModelRegistry
import Testing
import TokenPricing

@testable import SiteGenerator

@Suite("Site generation")
struct SiteGeneratorTests {
    @Test("the small fixture site has every contracted page and no broken link")
    func fixturePageSet() throws {
        let site = try Fixture.site()
        let paths = Set(site.paths)
        let expected = [
            "index.html", "models/index.html", "models/models.csv", "models/models.json",
            "models/11111111-aaaa-4bbb-8ccc-000000000001.html", "models/11111111-aaaa-4bbb-8ccc-000000000002.html",
            SitePaths.model(recordId: "100@1"),
            "providers/index.html", "providers/kie_ai.html", "providers/runware.html",
            "content-types/index.html", "content-types/prompt_to_image.html", "content-types/prompt_to_video.html",
            "content-types/image_editing.html",
            "templates/index.html", "templates/templates.csv", "templates/product-shot.html", "templates/promo-video.html",
            "integrity.html", "api/index.html", "api/models.json", "api/templates.json", "api/pricing.json",
            "sitemap.xml", "404.html", "assets/site.css", "assets/site.js", "assets/favicon.svg",
        ]
        for path in expected { #expect(paths.contains(path), "missing \(path)") }
        #expect(!paths.contains("docs/index.html"), "no docs section without docs")
        #expect(SitePaths.model(recordId: "100@1").hasPrefix("models/100-1-"))
        #expect(SiteLinkChecker.check(files: site.files).isEmpty, "\(SiteLinkChecker.check(files: site.files))")
    }

    @Test("the big files are planned first, the row readers before the API files, the two largest apart, every file once")
    func bigJobsFirst() throws {
        let inputs = Fixture.inputs()
        let jobs = try SiteGenerator(inputs: inputs).plan(SiteData(inputs: inputs))
        let paths = jobs.map(\.path)
        let groupPages = jobs.filter { $0.kind == "group" }.count
        #expect(groupPages > 0)
        #expect(paths.first == SitePaths.models)
        #expect(jobs[1...groupPages].allSatisfy { $0.kind == "group" })
        #expect(Array(paths[(groupPages + 1)...(groupPages + 2)]) == [SitePaths.templates, "api/models.json"])
        let models = try #require(paths.firstIndex(of: "api/models.json"))
        let pricing = try #require(paths.firstIndex(of: "api/pricing.json"))
        let firstModelPage = try #require(paths.firstIndex { $0.hasPrefix("models/") && $0.hasSuffix(".html") && $0 != SitePaths.models })
        #expect(pricing - models > 2 && pricing < firstModelPage)
        #expect(Set(paths).count == paths.count)
    }

    @Test("the real registry and catalogue build, with one page per model and no broken link")
    func realRegistry() throws {
        let registry = ModelRegistry.standard
        let catalogURL = Package.root.appendingPathComponent("Site/templates.json")
        let catalog = FileManager.default.fileExists(atPath: catalogURL.path) ? try TemplateCatalog.load(from: catalogURL) : .empty
        let docsRoot = Package.root.appendingPathComponent("Docs")
        // Docs are written in parallel; while they have errors (which fail a build), leave them out.
        let loaded = FileManager.default.fileExists(atPath: docsRoot.path) ? try DocsCollection.load(root: docsRoot) : nil
        let docs = loaded?.hasErrors == true ? nil : loaded
        var inputs = Fixture.inputs(registry: registry, catalog: catalog, docs: docs)
        inputs.allowIntegrityErrors = true  // the checker and catalogue are written in parallel; errors are its tests' business
        inputs.config = try SiteConfig.load(from: Package.root.appendingPathComponent("Site/site.json"))
        inputs.config.baseURL = "https://admin.example.invalid/"
        let site = try Fixture.site(inputs)
        let paths = Set(site.paths)
        for model in registry.models { #expect(paths.contains(SitePaths.model(recordId: model.recordId))) }
        for t in catalog.contentTemplates { #expect(paths.contains(SitePaths.template(id: t.id))) }
        for w in catalog.workflowTemplates { #expect(paths.contains(SitePaths.template(id: w.id))) }
        if let docs {
            #expect(paths.contains("docs/index.html"))
            for page in docs.pages where page.outputPath != "index.html" { #expect(paths.contains("docs/\(page.outputPath)")) }
        }
        let broken = SiteLinkChecker.check(files: site.files)
        #expect(broken.isEmpty, "\(broken.prefix(20))")
        let catalogue = try #require(site.text(at: "models/index.html"))
        #expect(catalogue.components(separatedBy: "<tr data-provider=").count - 1 == registry.models.count)
    }

    @Test("two builds of the same inputs are byte-identical, whatever the input order")
    func determinism() throws {
        let first = try Fixture.site()
        let second = try Fixture.site()
        #expect(first.files == second.files)
        var reversed = Fixture.catalog
        reversed.contentTemplates.reverse()
        reversed.workflowTemplates.reverse()
        let shuffled = try Fixture.site(Fixture.inputs(
            registry: ModelRegistry(models: [Fixture.upscale, Fixture.video, Fixture.image]), catalog: reversed))
        #expect(first.files == shuffled.files)
    }

    @Test("the generator's renderer and swift-mustache render every page of the fixture site alike")
    func enginesAgree() throws {
        let inputs = Fixture.inputs(docs: try Fixture.docs())
        let data = SiteData(inputs: inputs)
        let templates = try TemplateSet.load(directory: inputs.templatesDirectory)
        let oracle = try MustacheOracle(directory: inputs.templatesDirectory)
        var rendered: Set<String> = []
        for job in try SiteGenerator(inputs: inputs).plan(data) {
            guard let page = job.page else { continue }
            let context = page.context(data)
            let ours = try templates.renderText(page.template, context: context, page: job.path)
            let reference = try oracle.render(page.template, context: context)
            #expect(reference.missing.isEmpty, "\(job.path): \(reference.missing)")
            if ours != reference.text {
                Issue.record("\(job.path) differs from swift-mustache:\n\(Snapshot.diff(reference.text, ours))")
            }
            rendered.insert(page.template)
        }
        #expect(rendered == Set(TemplateSet.required))
    }

    @Test("pages link relatively and use the base URL only for canonical links and the sitemap")
    func relativeLinks() throws {
        let site = try Fixture.site()
        for (path, html) in site.htmlPages where path != "404.html" {
            let scan = HTMLScanner.scan(Array(html.utf8))
            for link in scan.links {
                let isExternalOK = link.hasPrefix("https://github.com/example/models/") || link == "https://example.com/flux.png"
                    || link.hasPrefix("https://admin.example.invalid/registry/")
                #expect(!link.hasPrefix("/") && (!link.contains("://") || isExternalOK), "\(path): \(link)")
            }
        }
        let model = try #require(site.text(at: "models/11111111-aaaa-4bbb-8ccc-000000000001.html"))
        #expect(model.contains(#"<link rel="canonical" href="https://admin.example.invalid/registry/models/11111111-aaaa-4bbb-8ccc-000000000001.html">"#))
        #expect(model.contains(#"href="https://github.com/example/models/blob/0123456789abcdef0123/Sources/ModelRegistry/Models/prompt_to_image/FluxPro.swift""#))
        #expect(model.contains(#"href="../assets/site.css""#))
        let sitemap = try #require(site.text(at: "sitemap.xml"))
        #expect(sitemap.contains("<loc>https://admin.example.invalid/registry/index.html</loc>"))
        #expect(!sitemap.contains("404.html"))
    }

    @Test("without a base URL there is no sitemap and no canonical link; source links use the default branch")
    func noBaseURL() throws {
        var config = Fixture.config
        config.baseURL = nil
        let site = try Fixture.site(Fixture.inputs(config: config, commit: nil))
        #expect(site.bytes(at: "sitemap.xml") == nil)
        let model = try #require(site.text(at: "models/11111111-aaaa-4bbb-8ccc-000000000001.html"))
        #expect(!model.contains("rel=\"canonical\""))
        #expect(model.contains("/blob/main/Sources/ModelRegistry/Models/prompt_to_image/FluxPro.swift"))
        #expect(model.contains("(commit unknown)"))
    }

    @Test("the catalogue follows the site.js contract")
    func catalogueContract() throws {
        let site = try Fixture.site()
        let html = try #require(site.text(at: "models/index.html"))
        #expect(html.contains(#"<table class="data" id="model-table" data-enhance="catalogue">"#))
        // Without JS the form could not filter: it is hidden and a <noscript> notice says so.
        #expect(html.contains(#"<form class="filters" id="model-filters" method="get" action="index.html" hidden>"#))
        #expect(html.contains(#"<noscript>"#) && html.contains("Filtering and sorting need JavaScript"))
        #expect(html.contains(#"<button type="reset" id="clear-filters">Clear filters</button>"#))
        #expect(html.contains(#"<span id="model-count" aria-live="polite">3 models</span>"#))
        #expect(html.contains(#"<div class="exports" id="model-exports" data-filename="models" hidden>"#))
        #expect(html.contains(#"<option value="kie_ai">Kie.ai</option>"#))
        #expect(html.contains(#"data-provider="runware" data-content-type="image_editing" data-family="" data-status="inactive""#))
        // cost cells: two decimals shown, canonical raw value
        #expect(html.contains(#"<td class="num" data-value="0.5">0.50</td>"#))
        // Flux: 3 × (1…3.5) × (1…1.5) → 3 … 15.75
        #expect(html.contains(#"<td class="num" data-value="15.75">15.75</td>"#))
        #expect(html.contains(#"<code class="recordid" data-full="100@1" title="100@1">100@1</code>"#))
        let csv = try #require(site.text(at: "models/models.csv"))
        #expect(csv.hasPrefix("name,family,provider,type,cost,min,max,unitPrice,unitPricePer,time,status,id\r\n"))
        let json = try #require(site.bytes(at: "models/models.json"))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [[String: Any]])
        #expect(rows.count == 3)
    }

    @Test("model pages show a 2-D price matrix for two price parameters and a 1-D one for one")
    func priceMatrices() throws {
        let site = try Fixture.site()
        let flux = try #require(site.text(at: "models/11111111-aaaa-4bbb-8ccc-000000000001.html"))
        #expect(flux.contains("Cost in tokens by num_images (images) (rows) and quality (columns)"))
        #expect(flux.contains(#"<th scope="row">4</th><td class="num" data-value="10.5">10.50</td><td class="num" data-value="15.75">15.75</td>"#))
        let veo = try #require(site.text(at: "models/11111111-aaaa-4bbb-8ccc-000000000002.html"))
        #expect(veo.contains("Cost in tokens by duration (seconds)<"))
        #expect(veo.contains(#"<th scope="row">10</th><td class="num" data-value="40">40.00</td>"#))
        let upscale = try #require(site.text(at: SitePaths.model(recordId: "100@1")))
        #expect(upscale.contains("The price does not move with any listed parameter: 0.50 tokens per call."))
    }

    @Test("templates degrade to — plus the reason while the pricer cannot price them")
    func templatePricingFailure() throws {
        let site = try Fixture.site()
        let workflow = try #require(site.text(at: "templates/promo-video.html"))
        #expect(workflow.contains(#"<ol class="steps">"#))
        #expect(workflow.components(separatedBy: #"<li class="step">"#).count - 1 == 2)
        #expect(workflow.contains("mapped from user.length"))
        let index = try #require(site.text(at: "templates/index.html"))
        #expect(index.contains(#"data-enhance="sortable""#))
        if let cost = try? TemplatePricer(models: Fixture.registry).cost(of: Fixture.catalog.workflowTemplates[0]) {
            #expect(workflow.contains("\(cost.atDefaults.formatted(places: 2)) tokens"))
        } else {
            #expect(workflow.contains("not priced"))
            #expect(index.contains(#"<td class="num" data-value="">—</td>"#))
        }
    }

    @Test("hostile registry and catalogue strings are escaped everywhere and never become script URLs")
    func hostileStrings() throws {
        let (registry, catalog) = Fixture.hostile
        let evil = registry.models.first { $0.recordId.hasPrefix("\"") }!
        let site = try Fixture.site(Fixture.inputs(registry: registry, catalog: catalog))
        let forbidden = ["<script>alert", "<img src=x", "<iframe", "<b>Evil", "<svg onload", "<i>Type", "<b>", "<x>", "<o>", "<s>"]
        for (path, html) in site.htmlPages {
            for f in forbidden { #expect(!html.contains(f), "\(path) contains raw \(f)") }
            for link in HTMLScanner.scan(Array(html.utf8)).links {
                let l = link.trimmingCharacters(in: .whitespaces).lowercased()
                #expect(!l.hasPrefix("javascript:") && !l.hasPrefix("data:"), "\(path): \(link)")
            }
        }
        let modelPage = try #require(site.text(at: SitePaths.model(recordId: evil.recordId)))
        #expect(modelPage.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(modelPage.contains("&quot;&#39;&amp;&lt;&gt;"))
        #expect(modelPage.contains("(a path the apps resolve)"))
        // Paths stay inside their folders.
        for path in site.paths { #expect(!path.contains("..") && !path.contains("<") && !path.contains("\"")) }
        #expect(SiteLinkChecker.check(files: site.files).isEmpty, "\(SiteLinkChecker.check(files: site.files))")
        // Exports: formulas neutralised in CSV, JSON still parses.
        let csv = try #require(site.text(at: "templates/templates.csv"))
        #expect(csv.contains("'=cmd|' /C calc'!A0"))
        for file in ["api/models.json", "api/templates.json", "api/pricing.json", "models/models.json"] {
            let bytes = try #require(site.bytes(at: file))
            #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil, "\(file) is not JSON")
        }
    }

    @Test("integrity errors fail the build and are listed; warnings link to their subject on integrity.html")
    func integrity() throws {
        var catalog = Fixture.catalog
        catalog.contentTemplates.append(ContentTemplate(id: "ghost", name: "Ghost", modelRecordId: "no-such-model"))
        #expect {
            try Fixture.site(Fixture.inputs(catalog: catalog))
        } throws: { error in
            guard case SiteGenerationError.integrityErrors(let findings) = error else { return false }
            return findings.contains { $0.rule == "unknown-model" } && "\(error)".contains("unknown-model")
        }
        // Allowed for previews: the errors show on the integrity page and on the template's page.
        var inputs = Fixture.inputs(catalog: catalog)
        inputs.allowIntegrityErrors = true
        let site = try Fixture.site(inputs)
        let report = try #require(site.text(at: "integrity.html"))
        #expect(report.contains(#"<a href="templates/ghost.html">Ghost</a>"#))
        // The unused, inactive upscale model is a warning that links to its page.
        // It is for information: in that section, in its rule's group, closed.
        #expect(report.contains(#"<tr data-finding="" data-severity="warning" data-rule="unused-model"><td><a href="\#(SitePaths.model(recordId: "100@1"))">Upscale</a>"#))
        #expect(report.contains(#"<details class="finding-group" id="for-information-unused-model" data-rule="unused-model">"#))
        #expect(report.contains(#"<details class="finding-group" id="needs-action-unknown-model" data-rule="unknown-model" open>"#))
        let ghost = try #require(site.text(at: "templates/ghost.html"))
        #expect(ghost.contains("unknown-model"))
        #expect(ghost.contains("unknown model"))
        #expect(SiteLinkChecker.check(files: site.files).isEmpty)
    }

    @Test("the dashboard counts models, templates and findings and draws accessible charts")
    func dashboard() throws {
        let site = try Fixture.site()
        let html = try #require(site.text(at: "index.html"))
        #expect(html.contains(#"<span class="card-label">Models</span><span class="card-value">3</span><span class="card-note">2 active</span>"#))
        #expect(html.contains(#"role="img" aria-labelledby="chart-providers-title chart-providers-desc""#))
        #expect(html.contains("<desc id=\"chart-providers-desc\">Kie.ai: 2; Runware: 1.</desc>"))
        #expect(html.contains(#"<li><a href="index.html" aria-current="page">Dashboard</a></li>"#))
        #expect(html.contains("at commit <code title=\"0123456789abcdef0123\">0123456789ab</code>"))
    }

    @Test("a template naming a variable its view model lacks fails the build")
    func missingVariableFailsBuild() throws {
        let folder = try TemporaryFolder()
        let templates = try folder.templatesCopy()
        let dashboard = templates.appendingPathComponent("dashboard.mustache")
        let text = try String(contentsOf: dashboard, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "{{tagline}}", with: "{{tagline}} {{modelsTotal}}").utf8).write(to: dashboard)
        #expect {
            try Fixture.site(Fixture.inputs(templates: templates))
        } throws: { error in
            guard case SiteGenerationError.missingVariables(let template, let page, let names) = error else { return false }
            return template == "dashboard" && page == "index.html" && names == ["modelsTotal"]
        }
    }

    @Test("docs get the site layout, a table of contents and their rendered HTML")
    func docsSection() throws {
        let folder = try TemporaryFolder()
        let docsRoot = folder.url.appendingPathComponent("Docs")
        try FileManager.default.createDirectory(at: docsRoot.appendingPathComponent("img"), withIntermediateDirectories: true)
        try Data("# Guide\n\nSee [pricing](PRICING.md#rounding) and ![logo](img/logo.svg).\n\n## One\n\n## Two\n\n### Two a\n\n## Three\n".utf8)
            .write(to: docsRoot.appendingPathComponent("Guide.md"))
        try Data("# Pricing\n\n## Rounding\n\nOnce.\n".utf8).write(to: docsRoot.appendingPathComponent("PRICING.md"))
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8).write(to: docsRoot.appendingPathComponent("img/logo.svg"))
        let docs = try DocsCollection.load(root: docsRoot)
        let site = try Fixture.site(Fixture.inputs(docs: docs))
        let guide = try #require(site.text(at: "docs/guide.html"))
        #expect(guide.contains(#"<nav class="toc" aria-label="Contents">"#))
        #expect(guide.contains(##"<a href="#two-a">Two a</a>"##))
        #expect(guide.contains(#"<a href="../index.html">Dashboard</a>"#))
        #expect(guide.contains(#"<li><a href="../docs/index.html" aria-current="page">Docs</a></li>"#))
        #expect(site.bytes(at: "docs/img/logo.svg") != nil)
        let index = try #require(site.text(at: "docs/index.html"))
        #expect(index.contains(#"<a href="../docs/guide.html">Guide</a>"#))
        #expect(SiteLinkChecker.check(files: site.files).isEmpty, "\(SiteLinkChecker.check(files: site.files))")
    }

    @Test("doc errors fail the build")
    func docErrorsFail() throws {
        let folder = try TemporaryFolder()
        try Data("# A\n\n[missing](NOPE.md)\n".utf8).write(to: folder.url.appendingPathComponent("A.md"))
        let docs = try DocsCollection.load(root: folder.url)
        #expect(docs.hasErrors)
        #expect {
            try Fixture.site(Fixture.inputs(docs: docs))
        } throws: { error in
            if case SiteGenerationError.docErrors(let problems) = error { return problems.count == 1 }
            return false
        }
    }

    @Test("two ids with the same page path are refused")
    func pathCollision() throws {
        var catalog = Fixture.catalog
        catalog.contentTemplates.append(catalog.contentTemplates[0])
        var inputs = Fixture.inputs(catalog: catalog)
        inputs.allowIntegrityErrors = true  // a duplicate id is an integrity error too
        #expect {
            try Fixture.site(inputs)
        } throws: { error in
            if case SiteGenerationError.pathCollision(let path, _, _) = error { return path == "templates/product-shot.html" }
            return false
        }
    }
}
