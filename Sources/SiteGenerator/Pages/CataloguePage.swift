import ModelRegistry
import TokenPricing

/// `models/index.html`, the model catalogue (the site.js catalogue contract), and its static
/// exports `models/models.csv` and `models/models.json` (the table's columns, every row).
enum CataloguePage {
    /// The table's columns: `data-sort` key, header, type. The exports use the same keys.
    static let columns: [(key: String, label: String, number: Bool)] = [
        ("name", "Name", false), ("family", "Family", false), ("provider", "Provider", false),
        ("type", "Content type", false), ("cost", "Base cost", true), ("min", "Min cost", true),
        ("max", "Max cost", true), ("unitPrice", "Unit price", true), ("unitPricePer", "Unit price per", false), ("time", "Est. time (s)", true), ("status", "Status", false), ("id", "Record", false),
    ]

    /// What the catalogue's filter box matches a row against: the model's names, ids,
    /// provider, content type and status, lower case. Made once per model (`ModelEntry`):
    /// the catalogue, the provider page and the content-type page all list it.
    static func searchText(_ c: ModelConfig, displayName: String) -> String {
        [
            displayName, c.modelName, c.variantName ?? "", c.modelFamily ?? "", c.provider.displayName, c.provider.rawValue,
            c.contentType.displayName, c.contentType.rawValue, c.isActive ? "active" : "inactive", c.recordId, c.modelId,
        ].joined(separator: " ").lowercased()
    }

    /// One model as a catalogue or listing row; `repriced` marks a model repriced within
    /// `PriceHistoryIndex.recentDays` days of the newest price change.
    static func row(_ e: ModelEntry, frame: PageFrame, unit: TokenUnit, repriced: Bool = false) -> Ctx {
        let c = e.config
        let family = c.modelFamily ?? ""
        let search = e.searchText
        var ctx: Ctx = [
            "name": e.displayName,
            "href": frame.href(e.path),
            "family": family.isEmpty ? "—" : family,
            "familyRaw": family,
            "hasFamilyHref": !family.isEmpty,
            "familyHref": family.isEmpty ? "" : filterHref(frame: frame, key: "family", value: family),
            "minRaw": e.minCost.raw,
            "maxRaw": e.maxCost.raw,
            "providerId": c.provider.rawValue,
            "providerName": c.provider.displayName,
            "providerHref": frame.href(SitePaths.provider(id: c.provider.rawValue)),
            "typeId": c.contentType.rawValue,
            "typeName": c.contentType.displayName,
            "typeHref": frame.href(SitePaths.contentType(id: c.contentType.rawValue)),
            "cost": e.baseCost.context,
            "min": e.minCost.context,
            "max": e.maxCost.context,
            "unitPrice": e.unitPriceCell.context,
            "time": Format.duration(seconds: c.estimatedTimeSeconds),
            "timeRaw": String(c.estimatedTimeSeconds),
            "recordId": c.recordId,
            "recordIdShort": Format.shortId(c.recordId),
            "search": search,
        ]
        ctx["status"] = c.isActive ? "active" : "inactive"
        ctx["statusClass"] = c.isActive ? "active" : "inactive"
        ctx["repricedRecently"] = repriced
        return ctx
    }

    /// A link to the catalogue showing only the rows whose `key` filter is `value`
    /// (`models/index.html?family=Kling`); site.js reads it (without JavaScript the page lists
    /// every model and says so).
    static func filterHref(frame: PageFrame, key: String, value: String) -> String {
        var query = ""
        for b in value.utf8 {
            if SitePaths.isUnreservedOrSlash(b) && b != UInt8(ascii: "/") {
                query.append(Character(Unicode.Scalar(b)))
            } else {
                query += "%" + (b < 16 ? "0" : "") + String(b, radix: 16, uppercase: true)
            }
        }
        return frame.href(SitePaths.models) + "?\(key)=" + query
    }

    /// Whether the "Min cost" column says anything: some model's lowest price differs from
    /// its base cost. When none does, the column repeats "Base cost" and is left out.
    static func minCostDiffers(_ data: SiteData) -> Bool {
        data.models.contains { $0.minCost.raw != $0.baseCost.raw }
    }

    /// The rows of the models at `indices` of `data.models` (all by default), made as the page
    /// renders, as seen from a page one folder deep (the catalogue, the provider and
    /// content-type pages).
    static func rows(_ data: SiteData, indices: [Int]? = nil) -> LazyRows {
        let frame = PageFrame(path: SitePaths.models, title: "", section: .models, description: "")
        let indices = indices ?? Array(data.models.indices)
        let recent = data.history.repricedRecently
        return LazyRows(count: indices.count) { i in
            let e = data.models[indices[i]]
            return row(e, frame: frame, unit: data.config.token, repriced: !recent.isEmpty && recent.contains(e.model.recordId))
        }
    }

    static func build(_ data: SiteData) -> (PageFrame, Ctx) {
        let rows = self.rows(data)
        let frame = PageFrame(
            path: SitePaths.models, title: "Models", section: .models,
            description: "Every model of the registry with its provider, content type and cost range.")
        let providers: [Ctx] = data.providers.map { ["value": $0.rawValue, "label": $0.displayName] }
        let types: [Ctx] = data.contentTypes.map { ["value": $0.rawValue, "label": $0.displayName] }
        let families: [Ctx] = Set(data.models.compactMap { $0.config.modelFamily }.filter { !$0.isEmpty }).sorted()
            .map { ["value": $0, "label": $0] }
        let page: Ctx = [
            "rows": rows,
            "countText": Format.count(rows.count, "model"),
            "providerOptions": providers,
            "typeOptions": types,
            "familyOptions": families,
            "showMin": minCostDiffers(data),
            "providersHref": frame.href(SitePaths.providers),
            "contentTypesHref": frame.href(SitePaths.contentTypes),
            "hasRows": rows.count > 0,
            "csvHref": frame.href("models/models.csv"),
            "jsonHref": frame.href("models/models.json"),
            "maxCombinations": Format.integer(data.config.maxPriceCombinations),
            "compareMax": ComparePage.maxModels,
            "compareHref": frame.href(SitePaths.compare),
            "compareScriptHref": frame.href("assets/compare.js"),
        ]
        return (frame, page)
    }

    /// One cell of the exports, typed once: its CSV text and its JSON value.
    enum Cell {
        case text(String)
        /// Money: a decimal string in JSON (`null` when absent), the digits in CSV.
        case money(CostText)
        case count(Int)
        /// A decimal string that is not money (a price per unit): the digits in CSV, a
        /// string in JSON, empty or `null` when absent.
        case decimal(String?)

        /// The CSV field (text guarded against spreadsheet formulas).
        var csv: String {
            switch self {
            case .text(let s): return CSVText.text(s)
            case .money(let c): return c.raw
            case .count(let n): return String(n)
            case .decimal(let d): return d ?? ""
            }
        }

        /// The JSON value.
        var json: ParameterValue {
            switch self {
            case .text(let s): return .string(s)
            case .money(let c): return c.raw.isEmpty ? .null : .string(c.raw)
            case .count(let n): return .number(ExactDecimal(n))
            case .decimal(let d): return d.map { .string($0) } ?? .null
            }
        }
    }

    /// One row's cells, by column key.
    static func cells(_ e: ModelEntry) -> [String: Cell] {
        let c = e.config
        return [
            "name": .text(e.displayName), "family": .text(c.modelFamily ?? ""), "provider": .text(c.provider.rawValue),
            "type": .text(c.contentType.rawValue), "cost": .money(e.baseCost), "min": .money(e.minCost), "max": .money(e.maxCost),
            "unitPrice": .decimal(e.unitPrice?.atDefaults?.text),
            "unitPricePer": .text(e.unitPrice?.atDefaults == nil ? "" : e.unitPrice!.per.rawValue),
            "time": .count(c.estimatedTimeSeconds), "status": .text(c.isActive ? "active" : "inactive"), "id": .text(c.recordId),
        ]
    }

    /// `models/models.csv`: the table's columns (keys as header), every row, text cells
    /// guarded against spreadsheet formulas.
    static func csv(_ data: SiteData) -> String {
        CSVText.document(
            header: columns.map(\.key),
            rows: data.models.map { e in
                let row = cells(e)
                return columns.map { row[$0.key]!.csv }
            })
    }

    /// `models/models.json`: an array of objects with the table's keys; money is a decimal
    /// string (or `null`), the time a number of seconds.
    static func json(_ data: SiteData) throws -> [UInt8] {
        let rows = LazyJSONArray(count: data.models.count) { i in
            JSONParameters(cells(data.models[i]).mapValues(\.json))
        }
        return try ExactJSONEncoder(compact: false).encode(rows, capacity: 64 + data.models.count * 300)
    }
}
