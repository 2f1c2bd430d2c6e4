import Foundation
import ModelRegistry
import SiteGenerator
import Testing
import TokenPricing

/// `api/pricing.json` is the portable pricing form: a service can load it and price exactly
/// like the registry.
@Suite struct PricingJSONTests {
    @Test func thePublishedPricingIsThePortableFormAndPricesAlike() throws {
        let site = try Fixture.site()
        let bytes = try #require(site.bytes(at: "api/pricing.json"))
        #expect(String(decoding: bytes, as: UTF8.self) == Fixture.registry.portable.encoded(style: .compact))
        let catalog = PortablePricingCatalog(try PortablePricingFile(json: bytes, file: "api/pricing.json"))
        for model in Fixture.registry.models {
            let loaded = try #require(catalog.pricedModel(recordId: model.recordId))
            PriceMatrix(model: model.priced).forEachPoint(limit: 1000) { parameters in
                #expect((try? loaded.total(parameters)) == (try? model.priced.total(parameters)))
            }
        }
    }
}
