import Foundation
import Testing
import TokenPricing

@testable import SiteGenerator

@Suite("Site configuration")
struct SiteConfigTests {
    static func decode(_ json: String) throws(SiteConfigError) -> SiteConfig {
        try SiteConfig.decode(Data(json.utf8), file: "Site/site.json")
    }

    @Test("the shipped Site/site.json loads")
    func shipped() throws {
        let config = try SiteConfig.load(from: Package.root.appendingPathComponent("Site/site.json"))
        #expect(!config.title.isEmpty)
    }

    @Test("defaults apply to missing keys")
    func defaults() throws {
        let config = try Self.decode(#"{"title": "T"}"#)
        #expect(config == SiteConfig(title: "T"))
        #expect(config.normalizedBaseURL == nil)
        #expect(try Self.decode(#"{"title": "T", "baseURL": "https://x.y/a//"}"#).normalizedBaseURL == "https://x.y/a/")
    }

    @Test("errors name the file and the key", arguments: [
        (#"{"title": "T", "baseUrl": "https://x"}"#, "Site/site.json: baseUrl: unknown key (did you mean 'baseURL'?)"),
        (#"{"tagline": "x"}"#, "Site/site.json: title: missing required key"),
        (#"{"title": 3}"#, "Site/site.json: title: expected a string"),
        (#"{"title": "T", "allowRawHTMLInDocs": "yes"}"#, "Site/site.json: allowRawHTMLInDocs: expected a boolean (true or false)"),
        (#"{"title": "T", "repositoryURL": "javascript:alert(1)"}"#, "Site/site.json: repositoryURL: expected an absolute http(s) URL"),
        (#"{"title": " "}"#, "Site/site.json: title: must not be empty"),
        (#"{"title": "T", "maxPriceCombinations": 0}"#, "Site/site.json: maxPriceCombinations: expected 1…1000000"),
        (#"[1]"#, "Site/site.json: expected a JSON object"),
        (#"{"title": "T", "token": {"moneyValue": 0.01, "currency": "USD"}}"#, "Site/site.json: token.moneyValue: expected a decimal string such as \"0.01\""),
        (#"{"title": "T", "token": {"moneyValue": "0,01", "currency": "USD"}}"#, "Site/site.json: token.moneyValue: expected an exact decimal such as \"0.01\", found '0,01'"),
        (#"{"title": "T", "token": {"moneyValue": "1e-2", "currency": "USD"}}"#, "Site/site.json: token.moneyValue: expected an exact decimal"),
        (#"{"title": "T", "token": {"moneyValue": "-0.01", "currency": "USD"}}"#, "Site/site.json: token.moneyValue: expected a positive amount"),
        (#"{"title": "T", "token": {"moneyValue": "0.01"}}"#, "Site/site.json: token.currency: missing"),
        (#"{"title": "T", "token": {"currency": "USD"}}"#, "Site/site.json: token.moneyValue: missing"),
        (#"{"title": "T", "token": {"moneyValue": "0.01", "currency": "usd"}}"#, "Site/site.json: token.currency: expected an ISO 4217 code"),
        (#"{"title": "T", "token": {"name": ""}}"#, "Site/site.json: token.name: must not be empty"),
        (#"{"title": "T", "token": {"nmae": "credit"}}"#, "Site/site.json: token.nmae: unknown key"),
        (#"{"title": "T", "token": 3}"#, "Site/site.json: token: expected"),
        (#"{"#, "Site/site.json: not valid JSON"),
    ])
    func errors(json: String, message: String) {
        #expect {
            try Self.decode(json)
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }

    @Test("the token unit is read exactly, its plural defaults to name + s")
    func tokenUnit() throws {
        let config = try Self.decode(#"{"title": "T", "token": {"name": "credit", "moneyValue": "0.010", "currency": "EUR"}}"#)
        #expect(config.token.name == "credit")
        #expect(config.token.plural == "credits")
        #expect(config.token.moneyValue == ExactDecimal("0.01"))
        #expect(config.token.currency == "EUR")
        #expect(try Self.decode(#"{"title": "T"}"#).token == TokenUnit())
        #expect(try Self.decode(#"{"title": "T", "token": {"name": "credit", "plural": "credit"}}"#).token.plural == "credit")
    }

    @Test("a missing file is reported with its path")
    func missingFile() {
        #expect {
            try SiteConfig.load(from: URL(fileURLWithPath: "/nonexistent/site.json"))
        } throws: { error in
            "\(error)".hasPrefix("/nonexistent/site.json: cannot read the file")
        }
    }
}
