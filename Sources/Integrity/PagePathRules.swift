import ModelRegistry
import TokenPricing

extension CheckRun {
    /// page-path-collision: two different ids that `PagePaths` maps to one page. The site
    /// generator computes its paths with the same `PagePaths`, so whatever this passes the
    /// build can write; whatever it reports the build would refuse. Exact duplicates are left
    /// to `duplicate-record-id` and `duplicate-template-id`.
    mutating func checkPagePaths() {
        // Models: a UUID in two cases, or an id spelled like another id's hashed slug.
        for (path, models) in Self.groups(registry.models, path: { PagePaths.model(recordId: $0.recordId) }, id: \.recordId) {
            let ids = Self.distinct(models.map(\.recordId))
            for model in models {
                add(.pagePathCollision,
                    "record id '\(model.recordId)' of \(name(model)) would be written to '\(path)', like \(Self.others(ids, besides: model.recordId)); ids that differ only in case or spelling of unsafe characters share a page: change one",
                    model: model)
            }
        }

        // Templates of both kinds share the templates/ folder.
        var templates: [(ref: TemplateRef, path: String)] = []
        var occurrences: [String: Int] = [:]
        func note(_ kind: TemplateRef.Kind, _ index: Int, _ id: String) {
            let occurrence = occurrences[id, default: 0]
            occurrences[id] = occurrence + 1
            templates.append((TemplateRef(kind: kind, index: index, id: id, occurrence: occurrence), PagePaths.template(id: id)))
        }
        for (i, t) in catalog.contentTemplates.enumerated() { note(.content, i, t.id) }
        for (i, w) in catalog.workflowTemplates.enumerated() { note(.workflow, i, w.id) }
        for (path, entries) in Self.groups(templates, path: \.path, id: \.ref.id) {
            let ids = Self.distinct(entries.map(\.ref.id))
            for entry in entries {
                add(.pagePathCollision,
                    "\(entry.ref.label) would be written to '\(path)', like \(Self.others(ids, besides: entry.ref.id)); ids that differ only in case or spelling of unsafe characters share a page: change one",
                    template: entry.ref, keyPath: "id")
            }
        }

        // Providers and content types get a page each; report on the first model of each id.
        let grouped: [(kind: String, id: (ModelDefinition) -> String, path: (String) -> String)] = [
            ("provider", { $0.config.provider.rawValue }, { PagePaths.provider(id: $0) }),
            ("content type", { $0.config.contentType.rawValue }, { PagePaths.contentType(id: $0) }),
        ]
        for group in grouped {
            let firsts = Self.firstModels(registry.models, by: group.id)
            for (path, models) in Self.groups(firsts, path: { group.path(group.id($0)) }, id: group.id) {
                let ids = Self.distinct(models.map(group.id))
                for model in models {
                    let id = group.id(model)
                    add(.pagePathCollision,
                        "\(group.kind) '\(id)' of \(name(model)) would be written to '\(path)', like \(group.kind) \(Self.others(ids, besides: id))",
                        model: model)
                }
            }
        }
    }

    /// The items grouped by page path, keeping only paths that two different ids map to, in
    /// the order the paths first appear.
    static func groups<T>(_ items: [T], path: (T) -> String, id: (T) -> String) -> [(String, [T])] {
        var order: [String] = []
        var byPath: [String: [T]] = [:]
        for item in items {
            let p = path(item)
            if byPath[p] == nil { order.append(p) }
            byPath[p, default: []].append(item)
        }
        return order.compactMap { p in
            let group = byPath[p]!
            return distinct(group.map(id)).count > 1 ? (p, group) : nil
        }
    }

    /// The first model of each distinct key, in registry order.
    static func firstModels(_ models: [ModelDefinition], by key: (ModelDefinition) -> String) -> [ModelDefinition] {
        var seen = Set<String>()
        return models.filter { seen.insert(key($0)).inserted }
    }

    static func distinct(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// `'A', 'b'`: the other ids of a group.
    static func others(_ ids: [String], besides id: String) -> String {
        ids.filter { $0 != id }.map { "'\($0)'" }.joined(separator: ", ")
    }
}
