import Dispatch
import Integrity
import MarkdownDocs
import ModelRegistry
import PriceLock
import TokenPricing

/// A template of either kind, as lists show it. A class: pages pass it around a lot.
final class TemplateEntry: Sendable {
    enum Kind: String, Sendable { case content, workflow }

    let kind: Kind
    let id: String
    let name: String
    let category: String?
    let isActive: Bool
    let displayOrder: Int?
    let path: String
    /// The models the template calls, in step order, without repeats.
    let modelRecordIds: [String]
    let stepCount: Int
    let content: ContentTemplate?
    let workflow: WorkflowTemplate?
    /// Its cost, or why it could not be priced.
    let cost: TemplateCost?
    let costError: String?
    /// The cost at defaults and the range as tables show them, formatted once.
    let atDefaultsCost: CostText
    let minCost: CostText
    let maxCost: CostText

    private static func costTexts(_ cost: TemplateCost?, unit: TokenUnit) -> (CostText, CostText, CostText) {
        (CostText(cost?.atDefaults, unit: unit), CostText(cost?.min, unit: unit), CostText(cost?.max, unit: unit))
    }

    init(content t: ContentTemplate, pricer: TemplatePricer, unit: TokenUnit) {
        kind = .content
        id = t.id
        name = t.name
        category = t.category
        isActive = t.isActive
        displayOrder = t.displayOrder
        path = SitePaths.template(id: t.id)
        modelRecordIds = [t.modelRecordId]
        stepCount = 1
        content = t
        workflow = nil
        var cost: TemplateCost?, costError: String?
        do { cost = try pricer.cost(of: t) } catch { costError = "\(error)" }
        self.cost = cost
        self.costError = costError
        (atDefaultsCost, minCost, maxCost) = TemplateEntry.costTexts(cost, unit: unit)
    }

    init(workflow w: WorkflowTemplate, pricer: TemplatePricer, unit: TokenUnit) {
        kind = .workflow
        id = w.id
        name = w.name
        category = w.category
        isActive = w.isActive
        displayOrder = w.displayOrder
        path = SitePaths.template(id: w.id)
        var ids: [String] = []
        for step in w.steps.sorted(by: { $0.stepNumber < $1.stepNumber }) where !ids.contains(step.modelRecordId) {
            ids.append(step.modelRecordId)
        }
        modelRecordIds = ids
        stepCount = w.steps.count
        content = nil
        workflow = w
        var cost: TemplateCost?, costError: String?
        do { cost = try pricer.cost(of: w) } catch { costError = "\(error)" }
        self.cost = cost
        self.costError = costError
        (atDefaultsCost, minCost, maxCost) = TemplateEntry.costTexts(cost, unit: unit)
    }

    var subject: IntegrityFinding.Subject {
        kind == .content ? .contentTemplate(id: id) : .workflowTemplate(id: id)
    }

    var kindLabel: String { kind == .content ? "content" : "workflow" }
}

/// One model with everything pages need about it. A class: pages pass it around a lot.
final class ModelEntry: Sendable {
    let model: ModelDefinition
    let path: String
    /// `model.sourcePath`, computed once (it searches the file path).
    let sourcePath: String?
    /// The registry's unique display name of this model (`ModelRegistry.displayNames`): the
    /// name every page, link and the API show, so two models never read alike.
    let displayName: String
    /// The registry's `PricedModel` of this entry (`ModelRegistry.pricedModels`): every price
    /// on the site comes from it, so its fast path is compiled once.
    let priced: PricedModel
    let pricing: ModelPricing
    let ruleIssues: [RuleIssue]
    /// The base cost, range and price at defaults as tables show them, formatted once.
    let baseCost: CostText
    let minCost: CostText
    let maxCost: CostText
    let atDefaultsCost: CostText
    /// The price per second, image, 1,000 characters or minute, when the rule gives one.
    let unitPrice: UnitPrice?
    /// The unit price as listing rows show it, and what their filter box searches: made once,
    /// for the three pages that list every model.
    let unitPriceCell: UnitPriceCell
    let searchText: String

    init(_ m: ModelDefinition, priced: PricedModel, displayName: String, cap: Int, unit: TokenUnit) {
        model = m
        path = SitePaths.model(recordId: m.recordId)
        sourcePath = m.sourcePath
        self.displayName = displayName
        self.priced = priced
        pricing = ModelPricing(priced: priced, cap: cap)
        ruleIssues = m.pricing.issues(against: m.inputSchema)
        baseCost = CostText(m.config.baseTokenCost, unit: unit)
        minCost = CostText(pricing.min, unit: unit)
        maxCost = CostText(pricing.max, unit: unit)
        atDefaultsCost = CostText(pricing.atDefaults, unit: unit)
        unitPrice = UnitPrice.derive(model: m, priced: priced, pricing: pricing)
        unitPriceCell = UnitPriceCell(unitPrice, unit: unit)
        searchText = CataloguePage.searchText(m.config, displayName: displayName)
    }

    var config: ModelConfig { model.config }
}

/// The integrity check's result, filled on another thread (read after `DispatchGroup.wait`).
private final class IntegrityRun: @unchecked Sendable {
    var report: IntegrityReport?
    var seconds: Double = 0
}

/// Everything the pages are made from, computed once (concurrently where it costs).
struct SiteData: Sendable {
    let inputs: SiteInputs
    let config: SiteConfig
    /// Every model of the registry, in registry order (duplicates of a record id included).
    let models: [ModelEntry]
    /// Index into `models` by record id (the first entry with the id).
    let modelIndex: [String: Int]
    /// Workflows first, then content templates; each by display order, name, id.
    let templates: [TemplateEntry]
    /// Template indices by the record id of a model they call.
    let templatesByModel: [String: [Int]]
    /// Template indices by `"content:<id>"` / `"workflow:<id>"` (the first with the id).
    let templateIndex: [String: Int]
    /// Record ids by provider model id, for "shared model id" notes.
    let recordIdsByModelId: [String: [String]]
    let report: IntegrityReport
    /// How long the integrity check took (reported as its own phase).
    let integritySeconds: Double
    let findingsBySubject: [IntegrityFinding.Subject: [IntegrityFinding]]
    let docs: DocsCollection?
    let providers: [Provider]
    let contentTypes: [ContentType]
    /// The price history, indexed by model.
    let history: PriceHistoryIndex
    /// The navigation rows of the pages, made once per (root, section) for the whole build.
    let navigation = NavigationCache()

    init(inputs: SiteInputs) {
        self.inputs = inputs
        self.config = inputs.config
        let registry = inputs.registry
        let cap = inputs.config.maxPriceCombinations
        let unit = inputs.config.token

        // The integrity check needs only the inputs: it runs beside the pricing below
        // instead of holding up the pages (its report is only read once both are done).
        let catalog = inputs.catalog
        let integrity = IntegrityRun()
        let integrityDone = DispatchGroup()
        let checkInputs = UncheckedBox((registry, catalog, inputs.catalogFile))
        DispatchQueue.global(qos: .userInitiated).async(group: integrityDone) {
            let (registry, catalog, catalogFile) = checkInputs.value
            let t0 = DispatchTime.now().uptimeNanoseconds
            integrity.report = IntegrityChecker().check(registry: registry, catalog: catalog, catalogFile: catalogFile)
            integrity.seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        }

        let defs = registry.models
        let priced = registry.pricedModels
        let names = registry.displayNames
        models = parallelMap(defs.count) { ModelEntry(defs[$0], priced: priced[$0], displayName: names[$0], cap: cap, unit: unit) }
        var index: [String: Int] = [:]
        var byModelId: [String: [String]] = [:]
        for (i, entry) in models.enumerated() {
            if index[entry.model.recordId] == nil { index[entry.model.recordId] = i }
            byModelId[entry.config.modelId, default: []].append(entry.model.recordId)
        }
        modelIndex = index
        recordIdsByModelId = byModelId

        // Templates, priced concurrently.
        let pricer = TemplatePricer(models: registry)
        let workflows = catalog.workflowTemplates.sorted(by: SiteData.order { ($0.displayOrder, $0.name, $0.id) })
        let contents = catalog.contentTemplates.sorted(by: SiteData.order { ($0.displayOrder, $0.name, $0.id) })
        let workflowEntries: [TemplateEntry] = parallelMap(workflows.count) { TemplateEntry(workflow: workflows[$0], pricer: pricer, unit: unit) }
        let contentEntries: [TemplateEntry] = parallelMap(contents.count) { TemplateEntry(content: contents[$0], pricer: pricer, unit: unit) }
        templates = workflowEntries + contentEntries
        var byModel: [String: [Int]] = [:]
        for (i, t) in templates.enumerated() {
            for id in t.modelRecordIds { byModel[id, default: []].append(i) }
        }
        templatesByModel = byModel
        var tIndex: [String: Int] = [:]
        for (i, t) in templates.enumerated() where tIndex["\(t.kind.rawValue):\(t.id)"] == nil {
            tIndex["\(t.kind.rawValue):\(t.id)"] = i
        }
        templateIndex = tIndex

        integrityDone.wait()
        report = integrity.report!
        integritySeconds = integrity.seconds
        var bySubject: [IntegrityFinding.Subject: [IntegrityFinding]] = [:]
        for f in report.findings { bySubject[f.subject, default: []].append(f) }
        findingsBySubject = bySubject
        docs = inputs.docs
        providers = registry.providers
        contentTypes = registry.contentTypes
        history = PriceHistoryIndex(inputs.priceHistory)
    }

    /// A sort predicate from a key of (optional order, name, id): missing orders last.
    static func order<T>(_ key: @escaping (T) -> (Int?, String, String)) -> (T, T) -> Bool {
        { a, b in
            let x = key(a), y = key(b)
            let ox = x.0 ?? Int.max, oy = y.0 ?? Int.max
            if ox != oy { return ox < oy }
            if x.1 != y.1 { return x.1 < y.1 }
            return x.2 < y.2
        }
    }

    func model(_ recordId: String) -> ModelEntry? { modelIndex[recordId].map { models[$0] } }

    func template(_ kind: TemplateEntry.Kind, id: String) -> TemplateEntry? {
        templateIndex["\(kind.rawValue):\(id)"].map { templates[$0] }
    }

    func findings(about subject: IntegrityFinding.Subject) -> [IntegrityFinding] { findingsBySubject[subject] ?? [] }

    /// The models that get a page: the first entry of each record id.
    var pagedModels: [ModelEntry] {
        models.enumerated().filter { modelIndex[$0.element.model.recordId] == $0.offset }.map(\.element)
    }

    /// The source link of a model file, when a repository is configured.
    func sourceURL(for sourcePath: String?) -> String? {
        guard let sourcePath, let repo = config.repositoryURL.flatMap(WebURL.safe) else { return nil }
        var base = repo
        while base.hasSuffix("/") { base.removeLast() }
        let ref = inputs.buildInfo.gitCommit.flatMap { $0.isEmpty ? nil : $0 } ?? config.defaultBranch
        return "\(base)/blob/\(SitePaths.percentEncodePath(ref))/\(SitePaths.percentEncodePath(sourcePath))"
    }

    /// The docs page of a doc source path, if docs are built and have it.
    func docPath(sourcePath: String) -> String? {
        docs?.page(forSourcePath: sourcePath).map { SitePaths.doc(outputPath: $0.outputPath) }
    }
}
