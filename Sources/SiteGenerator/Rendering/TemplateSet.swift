import Foundation
import Mustache

extension SafeHTML: MustacheCustomRenderable {
    /// The markup itself (Mustache still escapes it in a `{{x}}` tag).
    var renderText: String { html }
    var isNull: Bool { false }
}

/// The page templates (`Templates/**/*.mustache`), compiled once by both engines, checked when
/// loaded and strict when rendering.
///
/// Load-time lint (`SiteGenerationError.templates`, naming the file and line):
/// - unescaped tags (`{{{x}}}`, `{{&x}}`) must name a key ending in `Html`, which the view
///   models only ever fill with `SafeHTML` (markup the generator built from escaped parts);
/// - dotted names (`{{a.b}}`), transforms (`{{f(x)}}`) and delimiter changes are refused, so
///   every lookup is a plain name the strict check below can judge;
/// - every partial (`{{>name}}`) must exist; sections must close; both engines must parse it.
///
/// Render-time check: a name that no frame of the context stack defines fails the page
/// (`SiteGenerationError.missingVariables`) instead of rendering as empty text. With
/// swift-mustache the context is wrapped in `StrictRoot`, which records lookups that fell
/// through every frame; the compiled engine checks directly. Optional things are therefore
/// always present in the view models, as `false`, `""` or `[]`.
struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// The templates as the compiled engine runs them.
    let program: TemplateProgram
    let names: [String]
    let directory: String
    var engine: TemplateEngine = .compiled

    /// The templates the generator renders; all must exist.
    static let required = [
        "dashboard", "catalogue", "model", "groups", "group",
        "templates", "content-template", "workflow", "integrity", "docs-index", "doc", "api", "not-found",
    ]

    /// Loads every `*.mustache` under `directory` (names relative, without the extension,
    /// e.g. `partials/head`), lints them and checks the required ones exist.
    static func load(directory given: URL, engine: TemplateEngine = .compiled) throws(SiteGenerationError) -> TemplateSet {
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
        var set = try compile(sources, directory: directory.path)
        set.engine = engine
        return set
    }

    /// Compiles and lints templates given as text (name → Mustache source).
    static func compile(_ sources: [String: String], directory: String = "<memory>", requireAll: Bool = true)
        throws(SiteGenerationError) -> TemplateSet
    {
        var library = MustacheLibrary()
        var compiled: [String: CompiledTemplate] = [:]
        var problems: [String] = []
        let names = sources.keys.sorted()
        for name in names {
            let source = sources[name]!
            problems += lint(source, file: "\(directory)/\(name).mustache", partials: Set(names))
            // Both engines compile every template, so either can render and both agree it parses.
            do {
                library.register(try MustacheTemplate(string: source), named: name)
            } catch {
                problems.append("\(directory)/\(name).mustache: \(error)")
            }
            do {
                compiled[name] = try CompiledTemplate(source)
            } catch {
                problems.append("\(directory)/\(name).mustache:\(error.line): \(error.message)")
            }
        }
        if requireAll {
            for name in required where sources[name] == nil {
                problems.append("\(directory)/\(name).mustache: missing (the generator renders it)")
            }
        }
        if !problems.isEmpty { throw .templates(problems.joined(separator: "\n")) }
        return TemplateSet(library: library, program: TemplateProgram(compiled), names: names, directory: directory)
    }

    /// Problems of one template's tags (see the type's documentation).
    static func lint(_ source: String, file: String, partials: Set<String>) -> [String] {
        var problems: [String] = []
        for tag in tags(in: source) {
            let at = "\(file):\(tag.line)"
            switch tag.sigil {
            case "!": continue
            case "=": problems.append("\(at): delimiter changes are not allowed")
            case ">":
                if !partials.contains(tag.name) { problems.append("\(at): partial '\(tag.name)' does not exist") }
            default:
                if tag.name.isEmpty { problems.append("\(at): empty tag"); continue }
                if tag.name != "." && (tag.name.contains(".") || tag.name.contains("(")) {
                    problems.append("\(at): '\(tag.name)': dotted names and transforms are not allowed (the strict context checks plain names)")
                }
                if tag.unescaped && !tag.name.hasSuffix("Html") {
                    problems.append("\(at): unescaped tag '\(tag.name)': only keys ending in 'Html' (generator-built markup) may be unescaped")
                }
            }
        }
        return problems
    }

    struct Tag { var sigil: Character?; var name: String; var unescaped: Bool; var line: Int }

    /// The tags of a template with default delimiters.
    static func tags(in source: String) -> [Tag] {
        var result: [Tag] = []
        let chars = Array(source)
        var i = 0, line = 1
        while i < chars.count {
            if chars[i] == "\n" { line += 1; i += 1; continue }
            guard chars[i] == "{", i + 1 < chars.count, chars[i + 1] == "{" else { i += 1; continue }
            var j = i + 2
            let triple = j < chars.count && chars[j] == "{"
            if triple { j += 1 }
            let close: [Character] = triple ? ["}", "}", "}"] : ["}", "}"]
            var end = j
            var found = false
            while end + close.count <= chars.count {
                if Array(chars[end..<end + close.count]) == close { found = true; break }
                end += 1
            }
            guard found else { break }
            var body = String(chars[j..<end]).trimmingCharacters(in: .whitespaces)
            var sigil: Character?
            if !triple, let first = body.first, "#^/!>&<$={".contains(first) {
                sigil = first
                body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            result.append(Tag(sigil: triple ? "{" : sigil, name: body, unescaped: triple || sigil == "&", line: line))
            for c in chars[i..<end + close.count] where c == "\n" { line += 1 }
            i = end + close.count
        }
        return result
    }

    /// Renders template `name` with `context`; fails when a tag names a value the context
    /// does not have.
    func render(_ name: String, context: Ctx, page: String) throws(SiteGenerationError) -> [UInt8] {
        switch engine {
        case .compiled:
            guard program.entries[name] != nil else {
                throw .templates("\(directory)/\(name).mustache: missing (needed for \(page))")
            }
            var renderer = CompiledRenderer(program: program)
            let bytes = renderer.render(name, context: context)
            if !renderer.missing.isEmpty {
                throw .missingVariables(template: name, page: page, names: Array(Set(renderer.missing)).sorted())
            }
            return bytes
        case .swiftMustache:
            guard let template = library.getTemplate(named: name) else {
                throw .templates("\(directory)/\(name).mustache: missing (needed for \(page))")
            }
            let root = StrictRoot(TemplateSet.plain(context))
            let text = template.render(root, library: library)
            if !root.missing.isEmpty {
                throw .missingVariables(template: name, page: page, names: Array(Set(root.missing)).sorted())
            }
            return Array(text.utf8)
        }
    }

    /// A context with `String` keys all the way down, as swift-mustache reads dictionaries.
    static func plain(_ ctx: Ctx) -> [String: Any] {
        var result: [String: Any] = [:]
        for (key, value) in ctx { result[key.name] = plain(value) }
        return result
    }

    private static func plain(_ value: Any) -> Any {
        if let ctx = value as? Ctx { return plain(ctx) }
        if let list = value as? [Ctx] { return list.map(plain) as [[String: Any]] }
        if let lazy = value as? LazyRows { return lazy.all.map(plain) as [[String: Any]] }
        if let list = value as? [String] { return list }
        if let list = value as? [Any] { return list.map(plain) }
        return value
    }

    /// The text of a render (tests).
    func renderText(_ name: String, context: Ctx, page: String) throws(SiteGenerationError) -> String {
        String(decoding: try render(name, context: context, page: page), as: UTF8.self)
    }
}

/// Which renderer turns templates into pages. Both read the same `Templates/*.mustache`.
public enum TemplateEngine: String, Sendable, Hashable, CaseIterable {
    /// The generator's own renderer (`CompiledTemplate`): the same Mustache subset, an order of
    /// magnitude faster on large sites. The default.
    case compiled
    /// hummingbird-project/swift-mustache, the reference implementation.
    case swiftMustache
}

/// The outermost frame of a render: records names no frame could resolve. Mustache looks a
/// name up from the innermost frame outwards, so a lookup reaching the root and failing there
/// is a name nothing defines.
final class StrictRoot: MustacheParent {
    let values: [String: Any]
    var missing: [String] = []

    init(_ values: [String: Any]) { self.values = values }

    func child(named name: String) -> Any? {
        if let v = values[name] { return v }
        missing.append(name)
        return nil
    }
}
