import Foundation
import Testing

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
        (#"{"#, "Site/site.json: not valid JSON"),
    ])
    func errors(json: String, message: String) {
        #expect {
            try Self.decode(json)
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
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
