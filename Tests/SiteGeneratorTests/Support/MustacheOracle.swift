import Foundation
import Mustache

@testable import SiteGenerator

/// swift-mustache, the reference Mustache implementation, rendering the generator's contexts:
/// the oracle the generator's own renderer (`CompiledRenderer`) is compared against. Only the
/// tests depend on swift-mustache.
struct MustacheOracle {
    let library: MustacheLibrary

    /// Parses templates given as text (name → Mustache source).
    init(sources: [String: String]) throws {
        var library = MustacheLibrary()
        for (template, source) in sources { library.register(try MustacheTemplate(string: source), named: template) }
        self.library = library
    }

    /// Parses the `*.mustache` files under `directory`.
    init(directory: URL) throws { try self.init(sources: try Self.sources(in: directory)) }

    /// Renders template `name`; `missing` lists the names no frame defined (the same strict
    /// check as `TemplateSet.render`).
    func render(_ name: String, context: Ctx) throws -> (text: String, missing: [String]) {
        guard let template = library.getTemplate(named: name) else { throw OracleError.noTemplate(name) }
        let root = StrictRoot(Self.plain(context))
        let text = template.render(root, library: library)
        return (text, Array(Set(root.missing)).sorted())
    }

    /// The `*.mustache` sources under `directory`, by name relative to it without the extension.
    static func sources(in directory: URL) throws -> [String: String] {
        var sources: [String: String] = [:]
        let root = directory.resolvingSymlinksInPath()
        for case let relative as String in FileManager.default.enumerator(atPath: root.path)! where relative.hasSuffix(".mustache") {
            sources[String(relative.dropLast(".mustache".count))] = try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
        }
        return sources
    }

    /// A context with `String` keys all the way down, as swift-mustache reads dictionaries; a
    /// raw-HTML slot becomes its markup (which `{{{…}}}` writes as is).
    static func plain(_ ctx: Ctx) -> [String: Any] {
        var result: [String: Any] = [:]
        for (key, value) in ctx.entries { result[key.name] = plain(value) }
        for (slot, markup) in ctx.html { result[slot.rawValue] = markup.html }
        return result
    }

    private static func plain(_ value: any CtxValue) -> Any {
        if let ctx = value as? Ctx { return plain(ctx) }
        if let list = value as? [Ctx] { return list.map(plain) as [[String: Any]] }
        if let lazy = value as? LazyRows { return lazy.all.map(plain) as [[String: Any]] }
        if let list = value as? [String] { return list }
        if let list = value as? [any CtxValue] { return list.map(plain) }
        return value
    }

    enum OracleError: Error { case noTemplate(String) }
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
