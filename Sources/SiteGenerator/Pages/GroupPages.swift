import ModelRegistry
import TokenPricing

/// The provider and content-type pages: an index of the groups and one page per group
/// listing its models with counts and cost ranges.
enum GroupPages {
    struct Group {
        var id: String
        var name: String
        var path: String
        var models: [ModelEntry]
        /// Indices of the models in `SiteData.models`.
        var indices: [Int]
    }

    static func providerGroups(_ data: SiteData) -> [Group] {
        var by: [String: [Int]] = [:]
        for (i, m) in data.models.enumerated() { by[m.config.provider.rawValue, default: []].append(i) }
        return data.providers.map { p in
            let indices = by[p.rawValue] ?? []
            return Group(id: p.rawValue, name: p.displayName, path: SitePaths.provider(id: p.rawValue),
                         models: indices.map { data.models[$0] }, indices: indices)
        }
    }

    static func contentTypeGroups(_ data: SiteData) -> [Group] {
        var by: [String: [Int]] = [:]
        for (i, m) in data.models.enumerated() { by[m.config.contentType.rawValue, default: []].append(i) }
        return data.contentTypes.map { t in
            let indices = by[t.rawValue] ?? []
            return Group(id: t.rawValue, name: t.displayName, path: SitePaths.contentType(id: t.rawValue),
                         models: indices.map { data.models[$0] }, indices: indices)
        }
    }

    /// Lowest and highest price over the group's models' ranges.
    static func range(_ models: [ModelEntry]) -> (ExactDecimal?, ExactDecimal?) {
        var lo: ExactDecimal?, hi: ExactDecimal?
        for m in models {
            if let v = m.pricing.min, lo == nil || v < lo! { lo = v }
            if let v = m.pricing.max, hi == nil || v > hi! { hi = v }
        }
        return (lo, hi)
    }

    static func summaryRow(_ g: Group, frame: PageFrame, unit: TokenUnit) -> Ctx {
        let (lo, hi) = range(g.models)
        return [
            "name": g.name, "id": g.id, "href": frame.href(g.path),
            "active": g.models.filter(\.config.isActive).count, "total": g.models.count,
            "min": CostText(lo, unit: unit).context, "max": CostText(hi, unit: unit).context,
        ]
    }

    /// An index page (`providers/index.html` or `content-types/index.html`).
    static func index(_ data: SiteData, kind: Kind) -> (PageFrame, Ctx) {
        let frame = PageFrame(
            path: kind == .provider ? SitePaths.providers : SitePaths.contentTypes,
            title: kind == .provider ? "Providers" : "Content types",
            section: kind == .provider ? .providers : .contentTypes,
            description: kind == .provider ? "The services that run the models." : "What the models make from what.")
        let groups = kind == .provider ? providerGroups(data) : contentTypeGroups(data)
        return (frame, [
            "groups": groups.map { summaryRow($0, frame: frame, unit: data.config.token) }, "hasGroups": !groups.isEmpty,
            "groupsTitle": frame.title,
            "groupsIntro": kind == .provider
                ? "The services that run the models, with how many models each runs and their cost range."
                : "What the models make from what, with how many models of each kind and their cost range.",
        ])
    }

    enum Kind { case provider, contentType }

    /// One group's page; its rows are the catalogue's (the same relative links: both pages are
    /// one folder deep).
    static func page(_ g: Group, data: SiteData, kind: Kind) -> (PageFrame, Ctx) {
        let frame = PageFrame(
            path: g.path, title: g.name, section: kind == .provider ? .providers : .contentTypes,
            description: "\(g.name): \(Format.count(g.models.count, "model")).")
        let (lo, hi) = range(g.models)
        let active = g.models.filter(\.config.isActive).count
        let rangeText: String
        if let lo, let hi { rangeText = Format.costRange(min: lo, max: hi) } else { rangeText = "—" }
        var page: Ctx = [
            "groupName": g.name,
            "groupId": g.id,
            "kindLabel": kind == .provider ? "Provider" : "Content type",
            "indexHref": frame.href(kind == .provider ? SitePaths.providers : SitePaths.contentTypes),
            "indexLabel": kind == .provider ? "All providers" : "All content types",
            "activeCount": active,
            "totalCount": g.models.count,
            "rangeText": rangeText,
            "modelRows": CataloguePage.rows(data, indices: g.indices),
            "hasModels": !g.models.isEmpty,
            "modelTableCaption": "Models of \(g.name)",
            "showProvider": kind != .provider,
            "showType": kind != .contentType,
            "showMin": CataloguePage.minCostDiffers(data),
        ]
        page.merge(data.config.token.rangeContext("range", min: lo, max: hi))
        return (frame, page)
    }
}
