import Foundation
import Testing
import TokenPricing

/// The golden tests rely on `JSONDecoder` handing numbers to `ExactDecimal` and
/// `ParameterValue` with their digits intact. These tests check that assumption.
@Suite("Fixture decoding keeps every digit")
struct FixtureDecodingTests {
    /// Values that binary floating point cannot hold (0.07 is 0.07000000000000000666 as a Double).
    static let awkward = ["0.07", "1.16666", "1.3333", "0.1", "0.3", "3.49998", "0.12", "0.06", "2.33", "3.66", "0.75", "1.2"]

    @Test("JSON numbers decode exactly into ExactDecimal", arguments: awkward)
    func exactDecimal(text: String) throws {
        let decoded = try JSONDecoder().decode([ExactDecimal].self, from: Data("[\(text)]".utf8))
        #expect(decoded == [ExactDecimal(stringLiteral: text)])
        #expect(decoded[0].description == text)
    }

    @Test("JSON numbers decode exactly into ParameterValue", arguments: awkward)
    func parameterValue(text: String) throws {
        let decoded = try JSONDecoder().decode([String: ParameterValue].self, from: Data("{\"v\": \(text)}".utf8))
        #expect(decoded["v"] == .number(ExactDecimal(stringLiteral: text)))
    }

    @Test("integers, booleans and strings keep their JSON type")
    func jsonTypes() throws {
        let decoded = try JSONDecoder().decode([ParameterValue].self, from: Data(#"[1, 0, true, false, "5", 125, null]"#.utf8))
        #expect(decoded == [.number(1), .number(0), .bool(true), .bool(false), .string("5"), .number(125), .null])
    }

    @Test("the fixture's tricky numbers arrive exact")
    func fixtureNumbers() throws {
        let removeBackground = try #require(ObservedCatalogue.model(recordId: "d1d8b152-e123-4375-8f55-c0d0a699009b"))
        #expect(removeBackground.costAtDefaults.description == "0.06")
        let chatGPT = try #require(ObservedCatalogue.model(recordId: "4b68811b-28be-45cb-bcae-9db721ba4547"))
        #expect(chatGPT.oneParameterChanged.first { $0.value == 2 }?.cost == "3.5")
        let soundEffect = try #require(ObservedCatalogue.models.first { $0.modelName == "ElevenLabs Sound Effect V2" })
        #expect(soundEffect.oneParameterChanged.contains { $0.field == "duration_seconds" && $0.value == .number("0.5") })
        #expect(soundEffect.oneParameterChanged.contains { $0.cost == "2.75" })
    }

    @Test("the fixture holds 140 models and 1,946 observed costs")
    func fixtureSize() throws {
        let file = try ObservedCatalogue.load()
        #expect(file.models.count == 140)
        let observations = file.models.reduce(0) { $0 + $1.observationCount }
        #expect(observations == 1946)
    }
}
