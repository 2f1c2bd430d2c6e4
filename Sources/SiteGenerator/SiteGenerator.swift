import Foundation
import Integrity
import MarkdownDocs
import ModelRegistry
import TokenPricing

/// What a generation produced.
public struct SiteSummary: Sendable {
    /// Every file written, sorted by path.
    public var files: [String]
    /// The HTML pages among them.
    public var pageCount: Int
    /// The integrity report shown on `integrity.html`.
    public var integrity: IntegrityReport
    /// The docs' problems (warnings only, or the build would have failed).
    public var docProblems: [DocProblem]
    /// Templates that could not be priced, as `id: reason` (shown with "—" on the site).
    public var pricingProblems: [String]
    /// Wall-clock seconds per phase (`templates`, `analysis`, `plan`, `render`), for
    /// benchmarks and `--verbose`; not part of the output.
    public var timings: [PhaseTiming]
}

/// How long one phase of a generation took.
public struct PhaseTiming: Sendable, Hashable {
    /// The phase.
    public var phase: String
    /// Wall-clock seconds.
    public var seconds: Double
}

/// Generates the static admin site from a registry, a template catalogue and docs.
///
/// Pages are rendered on every core (`DispatchQueue.concurrentPerform`); the output is
/// byte-identical for the same inputs (no timestamps, sorted keys, stable orders).
public struct SiteGenerator: Sendable {
    /// What the site is made from.
    public let inputs: SiteInputs

    /// Creates a generator.
    public init(inputs: SiteInputs) { self.inputs = inputs }

    /// One file to produce.
    struct Job {
        var path: String
        /// What it is, for collision messages.
        var origin: String
        /// The template or file kind, for timings.
        var kind: String = "file"
        /// For an HTML page: its template and full context (the tests render it with the
        /// reference renderer too).
        var page: (template: String, context: (SiteData) -> Ctx)? = nil
        var run: (SiteData, TemplateSet) throws(SiteGenerationError) -> [UInt8]
        /// A second file made by the same work, when there is one (a model's compare data
        /// script, which shares the model page's matrices and rule steps).
        var companion: Companion? = nil

        /// The second file's path and origin, and what makes both files at once (`run` alone
        /// still makes the first, for the tests that render pages).
        struct Companion {
            var path: String
            var origin: String
            var runBoth: (SiteData, TemplateSet) throws(SiteGenerationError) -> ([UInt8], [UInt8])
        }

        /// Every file the job writes, with what it is.
        var outputs: [(path: String, origin: String)] {
            [(path, origin)] + (companion.map { [($0.path, $0.origin)] } ?? [])
        }
    }

    /// Renders every page and file and hands each to `writer` (concurrently).
    /// - Throws: `SiteGenerationError`: integrity errors (unless `allowIntegrityErrors`), doc
    ///   errors, template problems (lint, missing variables), path collisions, write failures.
    ///   Nothing is written when the inputs are refused.
    @discardableResult
    public func generate(into writer: any PageWriter) throws(SiteGenerationError) -> SiteSummary {
        do { try inputs.config.validate() } catch { throw .config(error) }
        var timings: [PhaseTiming] = []
        var clock = DispatchTime.now().uptimeNanoseconds
        func lap(_ phase: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            timings.append(PhaseTiming(phase: phase, seconds: Double(now - clock) / 1e9))
            clock = now
        }
        let templates = try TemplateSet.load(directory: inputs.templatesDirectory)
        lap("templates")
        let data = SiteData(inputs: inputs)
        lap("analysis")
        timings.insert(PhaseTiming(phase: "integrity (part of analysis)", seconds: data.integritySeconds), at: timings.count - 1)
        if !data.report.errors.isEmpty && !inputs.allowIntegrityErrors {
            throw .integrityErrors(data.report.errors)
        }
        let docErrors = (inputs.docs?.problems ?? []).filter { $0.severity == .error }
        if !docErrors.isEmpty { throw .docErrors(docErrors) }

        let jobs = try plan(data)
        lap("plan")
        let results: [(Result<Void, SiteGenerationError>, UInt64)] = parallelMap(jobs.count) { i in
            let start = DispatchTime.now().uptimeNanoseconds
            let result = run(jobs[i], data: data, templates: templates, writer: writer)
            return (result, DispatchTime.now().uptimeNanoseconds - start)
        }
        for (result, _) in results { if case .failure(let error) = result { throw error } }
        lap("render")
        var cpu: [String: UInt64] = [:]
        for (i, (_, ns)) in results.enumerated() { cpu[jobs[i].kind, default: 0] += ns }
        for kind in cpu.keys.sorted() { timings.append(PhaseTiming(phase: "cpu:\(kind)", seconds: Double(cpu[kind]!) / 1e9)) }

        let files = jobs.flatMap { $0.outputs.map(\.path) }.sorted()
        return SiteSummary(
            files: files, pageCount: files.filter { $0.hasSuffix(".html") }.count, integrity: data.report,
            docProblems: inputs.docs?.problems ?? [],
            pricingProblems: data.templates.compactMap { t in t.costError.map { "\(t.id): \($0)" } },
            timings: timings)
    }

    private func run(_ job: Job, data: SiteData, templates: TemplateSet, writer: any PageWriter) -> Result<Void, SiteGenerationError> {
        var files: [(path: String, bytes: [UInt8])] = []
        do {
            if let companion = job.companion {
                let (main, extra) = try companion.runBoth(data, templates)
                files = [(job.path, main), (companion.path, extra)]
            } else {
                files = [(job.path, try job.run(data, templates))]
            }
        } catch {
            return .failure(error)
        }
        for file in files {
            do {
                try writer.write(file.bytes, to: file.path)
            } catch let error as SiteGenerationError {
                return .failure(error)
            } catch {
                return .failure(.io(path: file.path, message: "\(error)"))
            }
        }
        return .success(())
    }

    /// Every file of the site, in plan order, collisions and all.
    func planJobs(_ data: SiteData) throws(SiteGenerationError) -> [Job] {
        var jobs: [Job] = []
        func page(_ path: String, _ origin: String, _ template: String, _ make: @escaping (SiteData) -> (PageFrame, Ctx)) {
            let context = { (data: SiteData) -> Ctx in
                let (frame, ctx) = make(data)
                assert(frame.path == path, "page \(origin) planned at \(path) but framed at \(frame.path)")
                return frame.context(ctx, data: data)
            }
            jobs.append(Job(path: path, origin: origin, kind: template, page: (template, context)) { data, templates throws(SiteGenerationError) in
                try templates.render(template, context: context(data), page: path)
            })
        }
        func text(_ path: String, _ origin: String, _ make: @escaping (SiteData) -> String) {
            bytes(path, origin) { Array(make($0).utf8) }
        }
        func bytes(_ path: String, _ origin: String, _ make: @escaping (SiteData) -> [UInt8]) {
            jobs.append(Job(path: path, origin: origin, kind: path.hasSuffix(".json") ? "json" : "text") { data, _ throws(SiteGenerationError) in
                make(data)
            })
        }
        func json(_ path: String, _ origin: String, _ make: @escaping (SiteData) throws -> [UInt8]) {
            jobs.append(Job(path: path, origin: origin, kind: "json") { data, _ throws(SiteGenerationError) in
                do { return try make(data) } catch { throw .json(path: path, message: "\(error)") }
            })
        }
        func copy(_ path: String, _ origin: String, from source: String) {
            jobs.append(Job(path: path, origin: origin) { _, _ throws(SiteGenerationError) in
                guard let bytes = FileIO.read(source) else { throw .io(path: source, message: "cannot read the file") }
                return bytes
            })
        }

        page(SitePaths.dashboard, "the dashboard", "dashboard", DashboardPage.build)
        page(SitePaths.models, "the model catalogue", "catalogue", CataloguePage.build)
        text("models/models.csv", "the catalogue CSV", CataloguePage.csv)
        json("models/models.json", "the catalogue JSON", CataloguePage.json)
        page(SitePaths.compare, "the compare page", "compare", ComparePage.build)
        for e in data.pagedModels {
            page(e.path, "model '\(e.model.recordId)'", "model") { ModelPage.build(e, data: $0) }
            // The compare data script is made with the page, from the same matrices and rule.
            let dataPath = SitePaths.compareData(recordId: e.model.recordId)
            jobs[jobs.count - 1].companion = Job.Companion(path: dataPath, origin: "the compare data of model '\(e.model.recordId)'") { data, templates throws(SiteGenerationError) in
                let shared = ModelViews(e, unit: data.config.token)
                let (frame, ctx) = ModelPage.build(e, data: data, views: shared)
                let page = try templates.render("model", context: frame.context(ctx, data: data), page: e.path)
                do { return (page, try ComparePage.dataScript(e, data: data, views: shared)) } catch { throw .json(path: dataPath, message: "\(error)") }
            }
        }
        page(SitePaths.providers, "the providers index", "groups") { GroupPages.index($0, kind: .provider) }
        for g in GroupPages.providerGroups(data) {
            page(g.path, "provider '\(g.id)'", "group") { GroupPages.page(g, data: $0, kind: .provider) }
        }
        page(SitePaths.contentTypes, "the content types index", "groups") { GroupPages.index($0, kind: .contentType) }
        for g in GroupPages.contentTypeGroups(data) {
            page(g.path, "content type '\(g.id)'", "group") { GroupPages.page(g, data: $0, kind: .contentType) }
        }
        page(SitePaths.templates, "the templates index", "templates", TemplatePages.index)
        text("templates/templates.csv", "the templates CSV", TemplatePages.csv)
        for t in data.templates {
            if t.kind == .content {
                page(t.path, "content template '\(t.id)'", "content-template") { TemplatePages.contentPage(t, data: $0) }
            } else {
                page(t.path, "workflow '\(t.id)'", "workflow") { TemplatePages.workflowPage(t, data: $0) }
            }
        }
        page(SitePaths.changes, "the price changes", "changes", ChangesPage.build)
        json(SitePaths.changesJSON, "api/changes.json", APIChangesDocument.bytes)
        text(SitePaths.changesFeed, "the price changes feed", { data in
            ChangesFeed.xml(history: data.history.history, siteTitle: data.config.title, baseURL: data.config.normalizedBaseURL)
        })
        page(SitePaths.integrity, "the integrity report", "integrity", IntegrityPage.build)
        page(SitePaths.glossary, "the glossary", "glossary", GlossaryPage.build)
        if let docs = data.docs {
            page(SitePaths.docs, "the docs index", "docs-index") { DocsPages.index(docs, data: $0) }
            for doc in docs.pages where doc.outputPath != "index.html" {
                page(SitePaths.doc(outputPath: doc.outputPath), "doc '\(doc.sourcePath)'", "doc") { DocsPages.page(doc, data: $0) }
            }
            // Files the docs link to (images…) are copied beside the pages.
            let root = docs.root.path
            for relative in FileIO.walk(root) {
                let components = relative.split(separator: "/")
                if components.contains(where: { $0.hasPrefix(".") }) || relative.lowercased().hasSuffix(".md") { continue }
                guard FileIO.kind(root + "/" + relative) == .file else { continue }
                copy("docs/\(relative)", "docs file '\(relative)'", from: root + "/" + relative)
            }
        }
        page(SitePaths.api, "the API index", "api", APIPages.index)
        json("api/models.json", "api/models.json", APIModelsDocument.bytes)
        json("api/templates.json", "api/templates.json", APITemplatesDocument.bytes)
        bytes("api/pricing.json", "api/pricing.json", APIPricing.bytes)
        page("404.html", "the not-found page", "not-found", MiscPages.notFound)

        let assets = inputs.assetsDirectory.standardizedFileURL.resolvingSymlinksInPath().path
        guard FileIO.kind(assets) == .directory else {
            throw .io(path: assets, message: "the assets folder does not exist")
        }
        for relative in FileIO.walk(assets) {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            guard FileIO.kind(assets + "/" + relative) == .file else { continue }
            copy("assets/\(relative)", "asset '\(relative)'", from: assets + "/" + relative)
        }

        if let base = data.config.normalizedBaseURL {
            let pages = jobs.flatMap { $0.outputs.map(\.path) }.filter { $0.hasSuffix(".html") && $0 != "404.html" }.sorted()
            text("sitemap.xml", "the sitemap", { _ in MiscPages.sitemap(paths: pages, baseURL: base) })
        }

        return jobs
    }

    /// Every file of the site, checked for path collisions (the rule `preflight` shares).
    func plan(_ data: SiteData) throws(SiteGenerationError) -> [Job] {
        let jobs = try planJobs(data)
        if let collision = PathCollision.find(jobs.flatMap(\.outputs)).first { throw collision.error }
        return SiteGenerator.bigJobsFirst(jobs)
    }

    /// The jobs in the order they are handed to the threads: the few big ones first (the API
    /// files, the list pages, the exports), so the thousands of small pages fill the gaps and
    /// the build does not end on one thread. `api/models.json` and `api/pricing.json`, the
    /// two largest files, are kept apart so their buffers are not built at the same time. The
    /// order changes no output: every file is made from `SiteData` alone.
    static func bigJobsFirst(_ jobs: [Job]) -> [Job] {
        let group = "provider and content-type pages"
        let order: [String] = [
            SitePaths.models, group, SitePaths.templates, "api/models.json",
            "api/templates.json", "models/models.json", "api/pricing.json", "models/models.csv", "templates/templates.csv",
        ]
        var rank: [String: Int] = [:]
        for (i, path) in order.enumerated() { rank[path] = i }
        let groupRank = rank[group]!
        let keyed = jobs.enumerated().map { (i, job) -> (Int, Int) in
            (rank[job.path] ?? (job.kind == "group" ? groupRank : order.count), i)
        }
        return keyed.sorted { $0 < $1 }.map { jobs[$0.1] }
    }
}
