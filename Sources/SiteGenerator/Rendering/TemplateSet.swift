import Foundation

/// The page templates (`Templates/**/*.mustache`), parsed once, checked when loaded and strict
/// when rendering.
///
/// Load-time lint (`SiteGenerationError.templates`, naming the file and line), over the same
/// tokens the renderer is built from:
/// - unescaped tags (`{{{x}}}`, `{{&x}}`) must name a raw-HTML slot (`HTMLSlot`), which holds
///   `SafeHTML` only, and a slot may only be used unescaped;
/// - dotted names (`{{a.b}}`), transforms (`{{f(x)}}`), delimiter changes, pragmas, parents
///   and blocks are refused, so every lookup is a plain name the strict check below can judge;
/// - every partial (`{{>name}}`) must exist; sections must close.
///
/// Render-time check: a name that no frame of the context stack defines fails the page
/// (`SiteGenerationError.missingVariables`) instead of rendering as empty text. Optional
/// things are therefore always present in the view models, as `false`, `""` or `[]`.
struct TemplateSet: Sendable {
    /// The templates as the renderer runs them.
    let program: TemplateProgram
    let names: [String]
    let directory: String

    /// The templates the generator renders; all must exist.
    static let required = [
        "dashboard", "catalogue", "model", "groups", "group",
        "templates", "content-template", "workflow", "changes", "integrity", "glossary", "docs-index", "doc", "api", "not-found", "compare",
    ]

    /// Loads every `*.mustache` under `directory` (names relative, without the extension,
    /// e.g. `partials/head`), lints them and checks the required ones exist.
    static func load(directory given: URL) throws(SiteGenerationError) -> TemplateSet {
        let fm = FileManager.default
        let directory = given.standardizedFileURL.resolvingSymlinksInPath()
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
            throw .templates("templates folder '\(directory.path)' does not exist")
        }
        guard let enumerator = fm.enumerator(atPath: directory.path) else {
            throw .templates("cannot list templates folder '\(directory.path)'")
        }
        var sources: [String: String] = [:]
        for case let relative as String in enumerator where relative.hasSuffix(".mustache") {
            let url = directory.appendingPathComponent(relative)
            guard let data = fm.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw .templates("cannot read template '\(url.path)' as UTF-8")
            }
            sources[String(relative.dropLast(".mustache".count))] = text
        }
        return try compile(sources, directory: directory.path)
    }

    /// Compiles and lints templates given as text (name → Mustache source).
    static func compile(_ sources: [String: String], directory: String = "<memory>", requireAll: Bool = true)
        throws(SiteGenerationError) -> TemplateSet
    {
        var compiled: [String: CompiledTemplate] = [:]
        var problems: [String] = []
        let names = sources.keys.sorted()
        for name in names {
            let file = "\(directory)/\(name).mustache"
            let tokens = CompiledTemplate.tokenize(Array(sources[name]!.utf8))
            problems += lint(tokens, file: file, partials: Set(names))
            do {
                compiled[name] = try CompiledTemplate(tokens: tokens)
            } catch {
                problems.append("\(file):\(error.line): \(error.message)")
            }
        }
        if requireAll {
            for name in required where sources[name] == nil {
                problems.append("\(directory)/\(name).mustache: missing (the generator renders it)")
            }
        }
        if !problems.isEmpty { throw .templates(problems.joined(separator: "\n")) }
        return TemplateSet(program: TemplateProgram(compiled), names: names, directory: directory)
    }

    /// Problems of one template's tags (see the type's documentation).
    static func lint(_ source: String, file: String, partials: Set<String>) -> [String] {
        lint(CompiledTemplate.tokenize(Array(source.utf8)), file: file, partials: partials)
    }

    /// Problems of one template's tags, from its tokens.
    static func lint(_ tokens: [CompiledTemplate.Token], file: String, partials: Set<String>) -> [String] {
        var problems: [String] = []
        for tag in tokens {
            let at = "\(file):\(tag.line)"
            switch tag.kind {
            case .text, .newline, .comment: continue
            case .unsupported:
                let what = tag.sigil == "=" ? "delimiter changes" : tag.sigil == "%" ? "pragmas" : "parents and blocks"
                problems.append("\(at): {{\(tag.sigil.map(String.init) ?? "")\(tag.name)}}: \(what) are not allowed")
            case .partial:
                if !partials.contains(tag.name) { problems.append("\(at): partial '\(tag.name)' does not exist") }
            case .variable, .unescaped, .open, .inverted, .close:
                if tag.name.isEmpty { problems.append("\(at): empty tag"); continue }
                if tag.name != "." && (tag.name.contains(".") || tag.name.contains("(")) {
                    problems.append("\(at): '\(tag.name)': dotted names and transforms are not allowed (the strict context checks plain names)")
                }
                let isSlot = HTMLSlot(rawValue: tag.name) != nil
                if tag.kind == .unescaped && !isSlot {
                    problems.append("\(at): unescaped tag '\(tag.name)': only the raw-HTML slots (\(HTMLSlot.allCases.map(\.rawValue).joined(separator: ", "))), which hold SafeHTML, may be unescaped")
                } else if tag.kind != .unescaped && isSlot {
                    problems.append("\(at): '\(tag.name)' is a raw-HTML slot: use it only as {{{\(tag.name)}}}")
                }
            }
        }
        return problems
    }

    /// Renders template `name` with `context`; fails when a tag names a value the context
    /// does not have.
    func render(_ name: String, context: Ctx, page: String) throws(SiteGenerationError) -> [UInt8] {
        guard program.entries[name] != nil else {
            throw .templates("\(directory)/\(name).mustache: missing (needed for \(page))")
        }
        var renderer = CompiledRenderer(program: program)
        let bytes = renderer.render(name, context: context)
        if !renderer.missing.isEmpty {
            throw .missingVariables(template: name, page: page, names: Array(Set(renderer.missing)).sorted())
        }
        return bytes
    }

    /// The text of a render (tests).
    func renderText(_ name: String, context: Ctx, page: String) throws(SiteGenerationError) -> String {
        String(decoding: try render(name, context: context, page: page), as: UTF8.self)
    }
}
