import Foundation

/// The main navigation's sections.
enum NavSection: String, CaseIterable, Sendable {
    case dashboard, models, providers, contentTypes, templates, changes, integrity, glossary, docs, api, none

    var label: String {
        switch self {
        case .dashboard: return "Dashboard"
        case .models: return "Models"
        case .providers: return "Providers"
        case .contentTypes: return "Content types"
        case .templates: return "Templates"
        case .changes: return "Changes"
        case .integrity: return "Integrity"
        case .glossary: return "Glossary"
        case .docs: return "Docs"
        case .api: return "API"
        case .none: return ""
        }
    }

    var path: String {
        switch self {
        case .dashboard: return SitePaths.dashboard
        case .models: return SitePaths.models
        case .providers: return SitePaths.providers
        case .contentTypes: return SitePaths.contentTypes
        case .templates: return SitePaths.templates
        case .changes: return SitePaths.changes
        case .integrity: return SitePaths.integrity
        case .glossary: return SitePaths.glossary
        case .docs: return SitePaths.docs
        case .api: return SitePaths.api
        case .none: return ""
        }
    }
}

/// What every page has: where it is, its title, its section. `layout` adds the keys the
/// `partials/head`, `partials/nav` and `partials/footer` templates use.
struct PageFrame {
    /// The output path.
    let path: String
    /// The page's own title (the site title is appended for `<title>`).
    var title: String
    /// The highlighted navigation entry.
    var section: NavSection
    /// The meta description.
    var description: String
    /// An absolute root for pages served from any path (the 404 page); relative otherwise.
    var absoluteRoot: String? = nil
    /// `../` once per folder of `path`, worked out once: a list page makes thousands of links.
    private let relativeRoot: String

    init(path: String, title: String, section: NavSection, description: String, absoluteRoot: String? = nil) {
        self.path = path
        self.title = title
        self.section = section
        self.description = description
        self.absoluteRoot = absoluteRoot
        relativeRoot = SitePaths.root(of: path)
    }

    var root: String { absoluteRoot ?? relativeRoot }

    func href(_ target: String) -> String { root + SitePaths.percentEncodePath(target) }

    /// The layout keys merged with the page's own; a page key may not shadow a layout key.
    func context(_ page: Ctx, data: SiteData) -> Ctx {
        var ctx = page
        let layout = layoutKeys(data: data)
        assert(page.names.isDisjoint(with: layout.names), "a page key shadows a layout key")
        ctx.mergeDisjoint(layout)
        return ctx
    }

    private func layoutKeys(data: SiteData) -> Ctx {
        let config = data.config
        let nav = data.navigation.rows(root: root, section: section) {
            NavSection.allCases.compactMap { s -> Ctx? in
                if s == .none || s == .docs && data.docs == nil { return nil }
                return ["href": href(s.path), "label": s.label, "current": s == section]
            }
        }
        // A page inside a section (a model, a provider, a template, a doc) gets a trail back
        // to its section's index; the indexes and top-level pages need none.
        var crumbs: [Ctx] = []
        if section != .none, path.utf8.contains(UInt8(ascii: "/")), path != section.path {
            crumbs = [["href": href(SitePaths.dashboard), "label": NavSection.dashboard.label],
                      ["href": href(section.path), "label": section.label]]
        }
        let commit = data.inputs.buildInfo.gitCommit.flatMap { $0.isEmpty ? nil : $0 }
        let canonical: String? = absoluteRoot == nil ? config.normalizedBaseURL.map { $0 + SitePaths.percentEncodePath(path) } : nil
        return [
            "siteTitle": config.title,
            "unitName": config.token.name,
            "unitPlural": config.token.plural,
            "glossaryHref": href(SitePaths.glossary),
            "htmlTitle": title == config.title ? title : "\(title) · \(config.title)",
            "metaDescription": description,
            "root": root,
            "hasCanonical": canonical != nil,
            "canonicalURL": canonical ?? "",
            "nav": nav,
            "breadcrumbs": crumbs,
            "hasBreadcrumbs": !crumbs.isEmpty,
            "pageTitle": title,
            "hasCommit": commit != nil,
            "commit": commit ?? "",
            "commitShort": commit.map { String($0.prefix(12)) } ?? "",
            "dirty": data.inputs.buildInfo.gitDirty,
        ]
    }
}

/// Small shared view pieces.
enum Views {
    /// `status`, `statusClass` for a badge.
    static func status(_ active: Bool) -> Ctx {
        ["status": active ? "active" : "inactive", "statusClass": active ? "active" : "inactive"]
    }

}

/// The main navigation's rows by page root and section. Every page has them, and a build has
/// only a few dozen different ones (a root per folder depth, times the sections): made once
/// each, they are shared by every page alike instead of being built again per page.
final class NavigationCache: @unchecked Sendable {
    // Guarded by `lock`; pages are rendered on every core.
    private var rows: [String: [Ctx]] = [:]
    private let lock = NSLock()

    /// The rows for pages at `root` in `section`, made by `make` the first time.
    func rows(root: String, section: NavSection, make: () -> [Ctx]) -> [Ctx] {
        let key = root + "|" + section.rawValue
        lock.lock()
        if let made = rows[key] {
            lock.unlock()
            return made
        }
        lock.unlock()
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        if let first = rows[key] { return first }
        rows[key] = made
        return made
    }
}
