import Foundation
import Testing
import TokenPricing
@testable import PriceStream

/// `"usage"` beside `"parameters"`: measured quantities under the platform's names, the
/// assumption said in the answer, and typos refused rather than priced at the assumption.
@Suite("Usage quantities in the price stream")
struct UsageTests {
    /// 0.1 per second of input audio, 30 s assumed, at least 1, rounded up to one decimal.
    static let isolation = PricedModel(
        recordId: "iso", name: "Isolation", baseTokenCost: 1, schema: InputSchema(properties: []),
        rule: PricingRule(basis: .rate("0.1"), factors: [.usage(.audioDurationSeconds, assumed: 30)], minimumCharge: 1,
                          rounding: RoundingRule(places: 1, mode: .up)))
    static let service = PriceService(models: StreamFixtures.Catalog([isolation, StreamFixtures.images]), templates: TemplateCatalog())

    @Test("a given duration is priced and not marked assumed; an absent one is assumed and says so")
    func givenAndAssumed() throws {
        let input = """
            {"modelRecordId": "iso", "usage": {"audioDurationSeconds": 42}}
            {"modelRecordId": "iso"}
            {"modelRecordId": "iso", "parameters": {}, "usage": {"audioDurationSeconds": 12}}
            """
        let (lines, failures) = try StreamFixtures.run(input + "\n", service: Self.service)
        #expect(failures == 0)
        let totals = lines.map { StreamFixtures.object($0)["total"] as? String }
        #expect(totals == ["4.2", "3", "1.2"])
        func usageLine(_ line: String) -> [String: Any]? {
            (StreamFixtures.object(line)["lineItems"] as? [[String: Any]])?.first { $0["kind"] as? String == "usage" }
        }
        #expect(usageLine(lines[0])?["valueAssumed"] as? Bool == false)
        #expect(usageLine(lines[0])?["usage"] as? String == "audioDurationSeconds")
        #expect(usageLine(lines[1])?["valueAssumed"] as? Bool == true)
        #expect(usageLine(lines[1])?["value"] as? Int == 30)
    }

    @Test("an unknown usage name, a non-number, a usage the model does not read and a usage on a template are refused", arguments: [
        (#"{"modelRecordId": "iso", "usage": {"audioDurationSecs": 42}}"#, "malformedRequest", "usage.audioDurationSecs"),
        (#"{"modelRecordId": "iso", "usage": {"audioDurationSeconds": "42"}}"#, "malformedRequest", "usage.audioDurationSeconds"),
        (#"{"modelRecordId": "iso", "usage": [42]}"#, "malformedRequest", "usage"),
        (#"{"modelRecordId": "images", "usage": {"videoDuration": 5}}"#, "invalidUsage", "usage.videoDuration"),
        (#"{"modelRecordId": "iso", "usage": {"audioDurationSeconds": 0}}"#, "invalidUsage", "usage.audioDurationSeconds"),
        (#"{"templateId": "t", "usage": {"videoDuration": 5}}"#, "malformedRequest", "usage"),
    ])
    func refused(line: String, kind: String, keyPath: String) throws {
        let (lines, failures) = try StreamFixtures.run(line + "\n", service: Self.service)
        #expect(failures == 1)
        let error = StreamFixtures.error(lines[0])
        #expect(error["kind"] as? String == kind)
        #expect(error["keyPath"] as? String == keyPath)
    }
}
