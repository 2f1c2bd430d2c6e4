import TokenPricing

/// `api/pricing.json`: a price list, the price of each combination of the priced parameters'
/// listed values (at most `maxPriceCombinations` per model), read from the prices `SiteData`
/// made (`ModelPricing.prices`); `total` is `null` where a combination cannot be priced.
///
/// Everything about this file's format is here, so replacing it (e.g. with a portable pricing
/// form) changes this file and the API page's description only. Version 1: fields are only
/// ever added. Money is a decimal string.
struct APIPricingDocument: Codable {
    var models: LazyJSONArray<APIModelPrices>
    var version = 1

    init(_ data: SiteData) {
        models = LazyJSONArray(count: data.models.count) { APIModelPrices(data.models[$0]) }
    }

    /// The file's bytes (compact).
    static func bytes(_ data: SiteData) throws -> [UInt8] {
        try ExactJSONEncoder(compact: true).encode(APIPricingDocument(data), capacity: 64 + data.models.count * 700)
    }

    /// What the API page says about the file.
    static func about(maxCombinations: Int) -> String {
        "A price list: the price of every combination of the priced parameters' values (at most \(Format.integer(maxCombinations)) per model)."
    }
}

/// One model's price list.
struct APIModelPrices: Codable {
    var atDefaults: ExactDecimal?
    var baseTokenCost: ExactDecimal
    var combinationsTotal: Int
    var explanation: String
    var max: ExactDecimal?
    var min: ExactDecimal?
    var pricedParameters: [String]
    var prices: LazyJSONArray<APIPrice>
    var rangeComplete: Bool
    var recordId: String

    init(_ e: ModelEntry) {
        let p = e.pricing
        atDefaults = p.atDefaults
        baseTokenCost = e.config.baseTokenCost
        combinationsTotal = p.combinationsTotal
        explanation = e.model.pricing.explanation(baseTokenCost: e.config.baseTokenCost)
        max = p.max
        min = p.min
        pricedParameters = e.model.pricing.pricedParameters
        prices = LazyJSONArray(count: p.prices.count) { k in
            APIPrice(parameters: JSONParameters(p.parameters(ofCombination: k)), total: p.prices[k])
        }
        rangeComplete = p.isRangeComplete
        recordId = e.config.recordId
    }
}

/// The price of one combination.
struct APIPrice: Codable {
    var parameters: JSONParameters
    var total: ExactDecimal?
}
