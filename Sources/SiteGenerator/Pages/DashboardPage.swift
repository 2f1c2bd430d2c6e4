import ModelRegistry
import TokenPricing

/// `index.html`: counts, charts, integrity summary and build information.
enum DashboardPage {
    /// Upper bounds of the base-cost buckets (the last bucket is open).
    static let costBuckets: [ExactDecimal] = ["0.1", "0.5", 1, 2, 5, 10, 25, 50, 100]

    static func build(_ data: SiteData) -> (PageFrame, Ctx) {
        let frame = PageFrame(
            path: SitePaths.dashboard, title: "Dashboard", section: .dashboard,
            description: "Overview of the model registry: models, templates and integrity.")
        let models = data.models
        let active = models.filter(\.config.isActive).count
        let workflows = data.templates.filter { $0.kind == .workflow }
        let contents = data.templates.filter { $0.kind == .content }
        let errors = data.report.errors.count
        let needsAction = data.report.needingAction.count, forInformation = data.report.forInformation.count
        let families = data.inputs.registry.families

        func card(_ label: String, _ value: String, note: String? = nil, href: String? = nil) -> Ctx {
            ["label": label, "value": value, "hasNote": note != nil, "note": note ?? "",
             "hasHref": href != nil, "href": href.map(frame.href) ?? ""]
        }
        var cards: [Ctx] = [
            card("Models", Format.integer(models.count), note: "\(Format.integer(active)) active", href: SitePaths.models),
            card("Providers", Format.integer(data.providers.count), href: SitePaths.providers),
            card("Content types", Format.integer(data.contentTypes.count), href: SitePaths.contentTypes),
            card("Families", Format.integer(families.count)),
            card("Content templates", Format.integer(contents.count),
                 note: "\(Format.integer(contents.filter(\.isActive).count)) active", href: SitePaths.templates),
            card("Workflows", Format.integer(workflows.count),
                 note: "\(Format.integer(workflows.filter(\.isActive).count)) active", href: SitePaths.templates),
            // What needs action, not the raw total: most warnings are for information (unused
            // models) and counting them made a healthy registry look alarming.
            card("Needs action", needsAction == 0 ? "none" : Format.integer(needsAction),
                 note: "\(Format.count(errors, "error")); \(Format.integer(forInformation)) for information", href: SitePaths.integrity),
        ]
        if let docs = data.docs {
            cards.append(card("Docs", Format.integer(docs.pages.count), href: SitePaths.docs))
        }

        // Counts by provider, content type, family.
        var byProvider: [String: (Int, Int)] = [:]
        var byType: [String: (Int, Int)] = [:]
        for m in models {
            let a = m.config.isActive ? 1 : 0
            byProvider[m.config.provider.rawValue, default: (0, 0)].0 += a
            byProvider[m.config.provider.rawValue, default: (0, 0)].1 += 1
            byType[m.config.contentType.rawValue, default: (0, 0)].0 += a
            byType[m.config.contentType.rawValue, default: (0, 0)].1 += 1
        }
        let providerRows: [Ctx] = data.providers.map { p in
            let c = byProvider[p.rawValue] ?? (0, 0)
            return ["name": p.displayName, "id": p.rawValue, "href": frame.href(SitePaths.provider(id: p.rawValue)),
                    "active": c.0, "total": c.1]
        }
        let typeRows: [Ctx] = data.contentTypes.map { t in
            let c = byType[t.rawValue] ?? (0, 0)
            return ["name": t.displayName, "id": t.rawValue, "href": frame.href(SitePaths.contentType(id: t.rawValue)),
                    "active": c.0, "total": c.1]
        }
        let familyRows: [Ctx] = families.map { f in
            ["name": f.name, "active": f.models.filter(\.config.isActive).count, "total": f.models.count]
        }

        let providerChart = BarChart.svg(
            id: "chart-providers", title: "Models per provider",
            bars: data.providers.map { p in
                let n = byProvider[p.rawValue]?.1 ?? 0
                return .init(label: p.displayName, value: n, tooltip: "\(p.displayName): \(Format.count(n, "model"))")
            })
        let typeChart = BarChart.svg(
            id: "chart-types", title: "Models per content type",
            bars: data.contentTypes.map { t in
                let n = byType[t.rawValue]?.1 ?? 0
                return .init(label: t.displayName, value: n, tooltip: "\(t.displayName): \(Format.count(n, "model"))")
            })
        var bucketCounts = [Int](repeating: 0, count: costBuckets.count + 1)
        for m in models {
            let cost = m.config.baseTokenCost
            let i = costBuckets.firstIndex { cost < $0 } ?? costBuckets.count
            bucketCounts[i] += 1
        }
        var bucketBars: [BarChart.Bar] = []
        for i in 0...costBuckets.count {
            let label: String
            if i == 0 {
                label = "under \(costBuckets[0])"
            } else if i == costBuckets.count {
                label = "\(costBuckets[i - 1]) and more"
            } else {
                label = "\(costBuckets[i - 1]) to under \(costBuckets[i])"
            }
            bucketBars.append(.init(label: label, value: bucketCounts[i], tooltip: "base cost \(label): \(Format.count(bucketCounts[i], "model"))"))
        }
        let costChart = BarChart.svg(id: "chart-costs", title: "Models by base cost (\(data.config.token.plural) per call)", bars: bucketBars)

        func templateRow(_ label: String, _ list: [TemplateEntry]) -> Ctx {
            ["label": label, "active": list.filter(\.isActive).count, "total": list.count,
             "priced": list.filter { $0.cost != nil }.count]
        }
        let commit = data.inputs.buildInfo.gitCommit.flatMap { $0.isEmpty ? nil : $0 }
        var page: Ctx = [
            "tagline": data.config.tagline ?? "A read-only view of the model registry, its prices and its templates.",
            "cards": cards,
            "providerRows": providerRows,
            "typeRows": typeRows,
            "familyRows": familyRows,
            "templateRows": [templateRow("Content templates", contents), templateRow("Workflows", workflows)],
            "errorCount": errors,
            "errorCountText": Format.count(errors, "error"),
            "needsActionClass": errors > 0 ? "error" : "warning",
            "needsActionCount": needsAction,
            "needsActionText": "\(Format.integer(needsAction)) need\(needsAction == 1 ? "s" : "") action",
            "infoCountText": "\(Format.integer(forInformation)) for information",
            "nothingNeedsAction": needsAction == 0,
            "hasInfo": forInformation > 0,
            "integrityClean": data.report.findings.isEmpty,
            "integrityHref": frame.href(SitePaths.integrity),
            "buildCommit": commit ?? "unknown",
            "buildDirty": data.inputs.buildInfo.gitDirty,
            "modelCount": models.count,
            "templateCount": data.templates.count,
        ]
        page[html: .providerChartHtml] = providerChart
        page[html: .typeChartHtml] = typeChart
        page[html: .costChartHtml] = costChart
        return (frame, page)
    }
}
