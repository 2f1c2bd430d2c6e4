import Foundation
import ModelRegistry
import TokenPricing

/// Runs SPEC's integrity rules over a registry and a template catalogue.
///
/// Every finding has a stable rule code (`IntegrityRule`), a message that names what is wrong
/// and where, a subject, and a position when one is known:
/// - model findings point into the model's Swift file (`ModelDefinition.sourcePath`): the
///   `recordId:` line, or for pricing findings the factor's parameter name (a dead table key
///   at the key itself). The file is read from `packageRoot` when given, else from the path
///   the compiler recorded (`ModelDefinition.sourceFile`).
/// - template findings point into `catalogFile`, at the key the problem is about (for example
///   `"duration"` inside a step's `parameters`), falling back to the template's `"id"`.
///
/// Positions are best effort: an unreadable file leaves `file` set and `line` unset.
/// Docs and site-link problems are not checked here (Integrity does not depend on
/// MarkdownDocs): callers convert them with `IntegrityFinding.docProblem(...)` and
/// `IntegrityFinding.brokenSiteLink(...)` and merge them with `IntegrityReport.merging(_:)`.
public struct IntegrityChecker: Sendable {
    /// The package root: where the models' `Sources/…` files and a relative `catalogFile`
    /// are read from. `nil` reads model files at their compile-time paths and a relative
    /// catalogue path from the current directory.
    public var packageRoot: URL?

    /// Creates a checker.
    public init() {
        self.packageRoot = nil
    }

    /// Creates a checker that reads files under `packageRoot`.
    public init(packageRoot: URL?) {
        self.packageRoot = packageRoot
    }

    /// The findings for `registry` and `catalog`. `catalogFile` names the catalogue's file in
    /// findings about templates; when that file can be read (relative paths start at
    /// `packageRoot`), findings carry line and column.
    public func check(registry: ModelRegistry, catalog: TemplateCatalog, catalogFile: String? = nil) -> IntegrityReport {
        let text = catalogFile.flatMap { try? String(contentsOf: resolve($0), encoding: .utf8) }
        return check(registry: registry, catalog: catalog, catalogFile: catalogFile, catalogText: text)
    }

    /// The findings for `registry` and `catalog`, locating template findings in `catalogText`
    /// (the catalogue file's text, which the caller has already read).
    public func check(registry: ModelRegistry, catalog: TemplateCatalog, catalogFile: String?, catalogText: String?) -> IntegrityReport {
        var run = CheckRun(
            registry: registry, catalog: catalog,
            models: SourceLocator(packageRoot: packageRoot),
            templates: CatalogLocator(file: catalogFile, text: catalogText))
        run.checkModels()
        run.checkNames()
        run.checkTemplates()
        run.checkUsage()
        run.checkPagePaths()
        return IntegrityReport(findings: run.findings)
    }

    /// Reads the catalogue at `url` and checks it with `registry`.
    /// - Parameter catalogFile: the name used in findings; defaults to the path relative to
    ///   `packageRoot` when the file is inside it, else `url.path`.
    /// - Throws: `CatalogLoadError` when the file cannot be read or decoded (the check could
    ///   not run: `ExitStatus.couldNotRun`).
    public func check(registry: ModelRegistry, catalogAt url: URL, catalogFile: String? = nil) throws(CatalogLoadError) -> IntegrityReport {
        let name = catalogFile ?? displayPath(of: url)
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CatalogLoadError(file: name, keyPath: "", message: "cannot read the file (\(error.localizedDescription))")
        }
        let catalog = try TemplateCatalog.decode(data, file: name)
        return check(registry: registry, catalog: catalog, catalogFile: name, catalogText: String(decoding: data, as: UTF8.self))
    }

    private func resolve(_ path: String) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        if let packageRoot { return packageRoot.appendingPathComponent(path) }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path)
    }

    private func displayPath(of url: URL) -> String {
        let path = url.standardizedFileURL.path
        if let root = packageRoot?.standardizedFileURL.path {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        }
        return path
    }
}

/// One run of the checker: the inputs, the locators and the findings so far.
struct CheckRun {
    let registry: ModelRegistry
    let catalog: TemplateCatalog
    var models: SourceLocator
    var templates: CatalogLocator
    var findings: [IntegrityFinding] = []

    init(registry: ModelRegistry, catalog: TemplateCatalog, models: SourceLocator, templates: CatalogLocator) {
        self.registry = registry
        self.catalog = catalog
        self.models = models
        self.templates = templates
    }

    // MARK: Adding findings

    /// Adds a finding about a model, at its `recordId:` line (the `occurrence`-th one naming
    /// its id, when a file declares the id several times).
    mutating func add(_ rule: IntegrityRule, _ message: String, model: ModelDefinition, occurrence: Int = 0) {
        let p = models.recordIdPosition(of: model, occurrence: occurrence)
        add(rule, message, model: model, at: p)
    }

    /// Adds a finding about a model at a known position in its file.
    mutating func add(_ rule: IntegrityRule, _ message: String, model: ModelDefinition, at p: SourceLocator.Position?) {
        // A model made in memory has no file, so no line either.
        let p = model.sourcePath == nil ? nil : p
        findings.append(IntegrityFinding(
            rule, message: message, subject: .model(recordId: model.recordId),
            file: model.sourcePath, line: p?.line, column: p?.column))
    }

    /// Adds a finding about a template, at `keyPath` inside it (relative to the template,
    /// e.g. `steps[1].parameters.duration`), or at its id.
    mutating func add(_ rule: IntegrityRule, _ message: String, template: TemplateRef, keyPath: String? = nil) {
        let p = templates.position(of: template, keyPath: keyPath)
        findings.append(IntegrityFinding(
            rule, message: message, subject: template.subject,
            file: templates.file, line: p?.line, column: p?.column))
    }
}

/// A template by where it sits in the catalogue.
struct TemplateRef {
    enum Kind { case content, workflow }
    var kind: Kind
    /// Its index in its array.
    var index: Int
    var id: String
    /// How many templates with the same id come before it in the file (both arrays).
    var occurrence: Int

    var arrayName: String { kind == .content ? "contentTemplates" : "workflowTemplates" }
    var subject: IntegrityFinding.Subject { kind == .content ? .contentTemplate(id: id) : .workflowTemplate(id: id) }
    /// `content template 'promo'` / `workflow 'promo-video'`.
    var label: String { (kind == .content ? "content template" : "workflow") + " '\(id)'" }
}

/// Locates template findings in the catalogue text.
struct CatalogLocator {
    let file: String?
    private let index: JSONPositionIndex?
    private let lines: [String]?

    init(file: String?, text: String?) {
        self.file = file
        self.index = text.map { JSONPositionIndex(text: $0) }
        self.lines = text.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    func position(of template: TemplateRef, keyPath: String?) -> JSONPositionIndex.Position? {
        guard let index else { return nil }
        let base = "\(template.arrayName)[\(template.index)]"
        // The path is trusted only when it still names this template (the caller may pass a
        // catalogue that differs from the file).
        if index.strings["\(base).id"] == template.id {
            if let keyPath, !keyPath.isEmpty {
                let full = keyPath.hasPrefix("[") ? base + keyPath : "\(base).\(keyPath)"
                var path: String? = full
                while let p = path, p.count > base.count {
                    if let hit = index.positions[p] { return hit }
                    path = JSONPositionIndex.parent(of: p)
                }
            }
            if let hit = index.positions["\(base).id"] { return hit }
        }
        return idOccurrence(template.id, occurrence: template.occurrence)
    }

    /// The `occurrence`-th `"id": "<id>"` of the text, by search.
    private func idOccurrence(_ id: String, occurrence: Int) -> JSONPositionIndex.Position? {
        guard let lines else { return nil }
        let escaped = id.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        var seen = 0
        for (i, line) in lines.enumerated() {
            var searchStart = line.startIndex
            while let r = line.range(of: "\"id\"", range: searchStart..<line.endIndex) {
                searchStart = r.upperBound
                let rest = line[r.upperBound...].drop { $0 == " " || $0 == "\t" }
                guard rest.first == ":" else { continue }
                let value = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
                guard value.hasPrefix("\"\(escaped)\"") else { continue }
                if seen == occurrence { return .init(line: i + 1, column: SourceLocator.column(of: r.lowerBound, in: line)) }
                seen += 1
            }
        }
        return nil
    }
}
