import TokenPricing

/// A model catalogue over models built in the tests (`Hand`, `Parts`), for the pricers.
/// Tests that need the real models live in ModelRegistryTests, which can depend on the
/// registry (this target sits below it).
struct HandCatalog: ModelCatalog {
    let byId: [String: PricedModel]

    init(_ models: [PricedModel]) {
        byId = Dictionary(models.map { ($0.recordId, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func pricedModel(recordId: String) -> PricedModel? { byId[recordId] }
}
