import Foundation
import Testing
import TokenPricing

@testable import SiteGenerator

/// Issue #13: the unit of every price, the glossary, the 404 page at any depth, the Min cost
/// column, breadcrumbs. (The browser suite checks the same in Chromium.)
@Suite("Reading prices")
struct PriceReadingTests {
    static func moneyConfig(_ value: String = "0.0125") -> SiteConfig {
        var config = Fixture.config
        config.token = TokenUnit(moneyValue: ExactDecimal(value), currency: "USD")
        return config
    }

    @Test("with a money value every cost cell shows the exact money amount beside the tokens")
    func moneyCells() throws {
        let site = try Fixture.site(Fixture.inputs(config: Self.moneyConfig()))
        let html = try #require(site.text(at: "models/index.html"))
        // Flux: base 3 tokens × 0.0125 = 0.0375 USD; max 15.75 × 0.0125 = 0.196875 USD.
        #expect(html.contains(#"<td class="num" data-value="3">3.00<span class="money">0.0375 USD</span></td>"#))
        #expect(html.contains(#"<td class="num" data-value="15.75">15.75<span class="money">0.196875 USD</span></td>"#))
        let model = try #require(site.text(at: "models/11111111-aaaa-4bbb-8ccc-000000000001.html"))
        #expect(model.contains(#"3.00 tokens <span class="money">(0.0375 USD)</span>"#))
        #expect(model.contains(#"3.00–15.75 tokens <span class="money">(0.0375–0.196875 USD)</span>"#))
        let glossary = try #require(site.text(at: SitePaths.glossary))
        #expect(glossary.contains("One token is worth 0.0125 USD"))
    }

    @Test("without a money value no page shows money and the glossary says how to set it")
    func noMoney() throws {
        let site = try Fixture.site()
        for (path, html) in site.htmlPages { #expect(!html.contains(#"class="money""#), "\(path)") }
        #expect(try #require(site.text(at: SitePaths.glossary)).contains("set token.moneyValue"))
    }

    @Test("a unit named otherwise labels every price with its name")
    func unitName() throws {
        var config = Fixture.config
        config.token = TokenUnit(name: "credit")
        let site = try Fixture.site(Fixture.inputs(config: config))
        let model = try #require(site.text(at: "models/11111111-aaaa-4bbb-8ccc-000000000001.html"))
        #expect(model.contains("3.00 credits"))
        #expect(!model.contains("3.00 tokens") && !model.contains("15.75 tokens"))
    }

    @Test("the glossary has an anchor for every term and every page links to existing anchors only")
    func glossary() throws {
        let site = try Fixture.site()
        let html = try #require(site.text(at: SitePaths.glossary))
        let ids = GlossaryPage.terms(unit: TokenUnit()).flatMap(\.terms).map(\.id)
        #expect(Set(ids).count == ids.count, "a glossary id repeats")
        for id in ["token", "base-cost", "multiplier", "per-unit-rate", "minimum-charge", "rounding", "price-matrix",
                   "content-type", "provider", "family", "record-id", "payload-structure"] {
            #expect(html.contains(#"<dt id="\#(id)">"#), "no glossary entry \(id)")
        }
        #expect(SiteLinkChecker.check(files: site.files).isEmpty, "\(SiteLinkChecker.check(files: site.files))")
        #expect(try #require(site.text(at: "index.html")).contains(#"<a href="glossary.html">Glossary</a>"#))
    }

    @Test("the 404 page links from the site root without a base URL, from the base URL with one")
    func notFound() throws {
        var config = Fixture.config
        config.baseURL = nil
        let plain = try #require(try Fixture.site(Fixture.inputs(config: config)).text(at: "404.html"))
        #expect(plain.contains(#"<link rel="stylesheet" href="/assets/site.css">"#))
        #expect(plain.contains(#"<a href="/models/index.html">All models</a>"#))
        let based = try #require(try Fixture.site().text(at: "404.html"))
        #expect(based.contains(#"href="https://admin.example.invalid/registry/assets/site.css""#))
    }

    @Test("the Min cost column is shown only when some model's lowest price differs from its base cost")
    func minColumn() throws {
        let site = try Fixture.site()
        let data = SiteData(inputs: Fixture.inputs())
        let html = try #require(site.text(at: "models/index.html"))
        #expect(html.contains(#"data-sort="min""#) == CataloguePage.minCostDiffers(data))
        #expect(CataloguePage.minCostDiffers(data) == data.models.contains { $0.minCost.raw != $0.baseCost.raw })
    }

    @Test("nested pages have breadcrumbs back to their section; section indexes have none")
    func breadcrumbs() throws {
        let site = try Fixture.site()
        let model = try #require(site.text(at: "models/11111111-aaaa-4bbb-8ccc-000000000001.html"))
        #expect(model.contains(#"<li><a href="../models/index.html">Models</a></li><li aria-current="page">Flux Pro</li>"#))
        #expect(!(try #require(site.text(at: "models/index.html"))).contains("breadcrumbs"))
        #expect(!(try #require(site.text(at: "index.html"))).contains("breadcrumbs"))
    }
}
