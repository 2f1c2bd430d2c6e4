import Foundation
import ModelRegistry
import Testing
import TokenPricing

@testable import SiteGenerator

/// The JSON files of the real site, against golden files (`__Snapshots__/api-*.json`,
/// `models-models.json`): exact bytes, a line diff of the indented forms on failure.
/// `SNAPSHOT_RECORD=1 swift test --filter APIDocumentTests` re-records them after an intended
/// change.
@Suite("API JSON: golden files and shapes")
struct APIDocumentTests {
    /// The real registry and catalogue with `Site/site.json`, generated into memory once.
    static let site: InMemoryPageWriter = {
        do {
            var inputs = Fixture.inputs(
                registry: .standard,
                catalog: try TemplateCatalog.load(from: Package.root.appendingPathComponent("Site/templates.json")))
            inputs.config = try SiteConfig.load(from: Package.root.appendingPathComponent("Site/site.json"))
            inputs.allowIntegrityErrors = true  // the JSON shows what the registry holds, clean or not
            return try Fixture.site(inputs)
        } catch {
            fatalError("the real site does not build: \(error)")
        }
    }()

    static let files: [(path: String, golden: String)] = [
        ("api/models.json", "api-models.json"),
        ("api/templates.json", "api-templates.json"),
        ("api/pricing.json", "api-pricing.json"),
        ("models/models.json", "models-models.json"),
    ]

    @Test("the JSON files of the real site match their golden files", arguments: files.map(\.path))
    func golden(path: String) throws {
        let bytes = try #require(Self.site.files[path])
        try Snapshot.assertJSONMatches(bytes, named: Self.files.first { $0.path == path }!.golden)
    }

    static let documentShapes: [String: JSONShape] = [
        "api/models.json": APIPages.modelsShape, "api/templates.json": APIPages.templatesShape,
    ]

    @Test("api/models.json and api/templates.json have exactly the keys the API page lists", arguments: documentShapes.keys.sorted())
    func shapes(path: String) throws {
        let shape = try #require(Self.documentShapes[path])
        let json = try JSONSerialization.jsonObject(with: Data(try #require(Self.site.files[path])))
        let problems = Self.mismatches(json, shape, at: path)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        // The walk saw the nested objects (it would pass vacuously on empty arrays).
        #expect(shape.keyPaths.count > 8)
    }

    @Test("api/pricing.json, written by the one JSON writer, is the portable form: the same bytes as PortablePricingFile's, and it reads back")
    func portablePricing() throws {
        let bytes = try #require(Self.site.files["api/pricing.json"])
        let file = PortablePricingFile(models: ModelRegistry.standard.models.map(\.portable))
        #expect(String(decoding: bytes, as: UTF8.self) == file.encoded(style: .compact))
        #expect(try PortablePricingFile(json: bytes) == file)
    }

    @Test("money is a decimal string in every JSON file; parameter values keep their JSON type")
    func money() throws {
        let models = try #require(Self.site.text(at: "api/models.json"))
        #expect(models.contains(#""baseTokenCost":"#) && !models.contains(#""baseTokenCost":0"#) && !models.contains(#""baseTokenCost":1"#))
        let catalogue = try #require(Self.site.text(at: "models/models.json"))
        #expect(catalogue.contains(#""cost": ""#) && catalogue.contains(#""time": "#) && !catalogue.contains(#""time": ""#))
        let templates = try #require(Self.site.text(at: "api/templates.json"))
        #expect(templates.contains(#""atDefaults":""#) && templates.contains(#""subtotal":""#))
    }

    /// Where `json` differs from `shape`: an object of listed keys must have exactly those
    /// keys; `{…}` any keys; a leaf any value (a parameter value may be any JSON). `null` is
    /// allowed anywhere (optionals).
    static func mismatches(_ json: Any, _ shape: JSONShape, at path: String) -> [String] {
        if json is NSNull { return [] }
        switch shape {
        case .leaf:
            return []
        case .array(let element):
            guard let list = json as? [Any] else { return ["\(path): expected an array"] }
            return list.enumerated().flatMap { mismatches($1, element, at: "\(path)[\($0)]") }
        case .object(let members):
            guard let dict = json as? [String: Any] else { return ["\(path): expected an object"] }
            if members.isEmpty { return [] }
            var problems: [String] = []
            let listed = Set(members.map(\.key)), found = Set(dict.keys)
            if listed != found {
                problems.append("\(path): keys \(found.sorted()), the shape lists \(listed.sorted())")
            }
            for m in members { if let value = dict[m.key] { problems += mismatches(value, m.shape, at: "\(path).\(m.key)") } }
            return problems
        }
    }
}
