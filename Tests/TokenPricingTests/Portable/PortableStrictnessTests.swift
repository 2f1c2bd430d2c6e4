import Testing
import TokenPricing

/// Strict reading: unknown fields, unknown kinds and wrong types are errors naming their key
/// path and what was expected.
@Suite struct PortableStrictnessTests {
    /// A one-model document whose rule is `rule` (JSON text).
    func document(rule: String, config extra: String = "") -> String {
        """
        {"formatVersion": 1, "models": [{
          "config": {"recordId": "r1", "modelId": "m", "modelName": "M", "provider": "kie_ai",
                     "contentType": "prompt_to_image", "baseTokenCost": "3.5", "estimatedTimeSeconds": 10,
                     "isActive": true\(extra)},
          "inputSchema": {"properties": [{"name": "n", "type": "integer", "default": 1, "enum": [1, 2]}], "required": []},
          "rule": \(rule)}]}
        """
    }

    func error(_ text: String) -> PortableFormatError? {
        do {
            _ = try PortablePricingFile(json: Array(text.utf8), file: "p.json")
            return nil
        } catch {
            return error
        }
    }

    @Test func aValidDocumentReads() throws {
        let file = try PortablePricingFile(json: Array(document(rule: #"{"basis": {"kind": "baseTokenCost"}, "factors": []}"#).utf8))
        #expect(file.models.first?.baseTokenCost == "3.5")
        #expect(try PortablePricingCatalog(file).pricedModel(recordId: "r1")?.total(["n": 2]) == "3.5")
    }

    @Test func anUnknownKindIsNamedWithTheChoices() throws {
        let e = try #require(error(document(rule: #"{"basis": {"kind": "baseTokenCost"}, "factors": [{"kind": "multipler", "parameter": "n"}]}"#)))
        #expect(e.keyPath == "models[0].rule.factors[0].kind")
        #expect(e.description == "p.json: models[0].rule.factors[0].kind: unknown kind 'multipler'; expected one of multiplier, perUnit, surcharge, usage")
    }

    @Test func anUnknownBasisKindIsNamed() throws {
        let e = try #require(error(document(rule: #"{"basis": {"kind": "table"}}"#)))
        #expect(e.keyPath == "models[0].rule.basis.kind")
        #expect(e.message.contains("expected one of baseTokenCost, priceTable"))
    }

    @Test func anUnknownFieldIsNamedWithTheKnownOnes() throws {
        let rule = #"{"basis": {"kind": "baseTokenCost"}, "factors": [{"kind": "multiplier", "parameter": "n", "table": [{"key": "1", "factor": "1", "colour": "red"}]}]}"#
        let e = try #require(error(document(rule: rule)))
        #expect(e.keyPath == "models[0].rule.factors[0].table[0].colour")
        #expect(e.message == "unknown field; expected one of factor, key")
    }

    @Test func anUnknownConfigFieldIsNamed() throws {
        let e = try #require(error(document(rule: #"{"basis": {"kind": "baseTokenCost"}}"#, config: #", "colour": "red""#)))
        #expect(e.keyPath == "models[0].config.colour")
    }

    @Test func aDecimalWrittenAsANumberIsAWrongType() throws {
        let e = try #require(error(document(rule: #"{"basis": {"kind": "baseTokenCost"}, "minimumCharge": 1.5}"#)))
        #expect(e.keyPath == "models[0].rule.minimumCharge")
        #expect(e.message == #"expected a decimal string such as "3.5", found number 1.5"#)
    }

    @Test(arguments: [
        (#"{"basis": {"kind": "baseTokenCost"}, "factors": {}}"#, "models[0].rule.factors", "expected an array, found an object"),
        (#"{"basis": {"kind": "baseTokenCost"}, "rounding": {"places": "2"}}"#, "models[0].rule.rounding.places", #"expected a whole number, found string "2""#),
        (#"{"basis": {"kind": "baseTokenCost"}, "rounding": {"places": -1}}"#, "models[0].rule.rounding.places", "expected 0 to 30 decimal places, found -1"),
        (#"{"basis": {"kind": "baseTokenCost"}, "factors": [{"kind": "perUnit", "parameter": "n", "roundUnitsUp": "yes"}]}"#, "models[0].rule.factors[0].roundUnitsUp", #"expected true or false, found string "yes""#),
        (#"{"basis": {"kind": "baseTokenCost"}, "factors": [{"kind": "perUnit", "parameter": "n", "unitSize": "0"}]}"#, "models[0].rule.factors[0].unitSize", "expected a unit size above 0, found 0"),
        (#"{"basis": {"kind": "priceTable", "parameters": ["n"], "rows": [{"keys": ["1", "2"], "price": "1"}]}}"#, "models[0].rule.basis.rows[0].keys", "expected 1 key (one per parameter), found 2"),
        (#"{"basis": {"kind": "priceTable", "parameters": [], "rows": []}}"#, "models[0].rule.basis.parameters", "a price table reads at least one parameter, found none"),
        (#"{"basis": {"kind": "priceTable", "parameters": ["n", "n"], "rows": []}}"#, "models[0].rule.basis.parameters", "the price table names 'n' twice"),
        (#"{"basis": {"kind": "rate", "rate": "0"}}"#, "models[0].rule.basis.rate", "expected a rate above 0, found 0"),
        (#"{"basis": {"kind": "baseTokenCost"}, "factors": [{"kind": "usage", "quantity": "audioSeconds", "assumed": "30"}]}"#, "models[0].rule.factors[0].quantity", "unknown usage quantity 'audioSeconds'; expected one of audioDurationSeconds, audioDurationMinutes, videoDuration"),
        (#"{"basis": {"kind": "baseTokenCost"}, "factors": [{"kind": "usage", "quantity": "videoDuration", "assumed": "0"}]}"#, "models[0].rule.factors[0].assumed", "expected an assumed quantity above 0, found 0"),
        (#"{"basis": {"kind": "baseTokenCost"}, "factors": [{"kind": "usage", "quantity": "videoDuration", "assumed": "5", "limits": {}}]}"#, "models[0].rule.factors[0].limits", "expected at least one of minimum, maximum, maximumBy"),
        (#"{"basis": {"kind": "baseTokenCost"}, "factors": [{"kind": "usage", "quantity": "videoDuration", "assumed": "5", "limits": {"minimum": "20", "maximumBy": {"parameter": "o", "table": [{"key": "image", "cap": "10"}]}}}]}"#, "models[0].rule.factors[0].limits.minimum", "the floor 20 is above the cap 10"),
        (#"{"basis": {"kind": "baseTokenCost"}, "factors": [{"kind": "perUnit", "parameter": "d", "itemField": "text"}]}"#, "models[0].rule.factors[0].itemField", #"an item field is counted in characters; set "measure": "characters""#),
        (#"{"basis": {"kind": "baseTokenCost"}, "factors": [{"kind": "multiplier", "parameter": "n", "table": [{"key": "1", "factor": "1"}, {"key": "1", "factor": "2"}]}]}"#, "models[0].rule.factors[0].table[1].key", "duplicate key '1' (already at table[0])"),
        (#"{"factors": []}"#, "models[0].rule.basis", "missing required field"),
    ])
    func wrongShapesAreNamed(rule: String, path: String, message: String) throws {
        let e = try #require(error(document(rule: rule)))
        #expect(e.keyPath == path)
        #expect(e.message == message)
    }

    @Test func anotherFormatVersionIsRefused() throws {
        let e = try #require(error(#"{"formatVersion": 2, "models": []}"#))
        #expect(e.keyPath == "formatVersion")
        #expect(e.message.contains("unsupported format version 2"))
    }

    @Test func aRepeatedRecordIdIsRefused() throws {
        let one = document(rule: #"{"basis": {"kind": "baseTokenCost"}}"#)
        let model = String(one[one.range(of: "[{")!.lowerBound...].dropFirst().dropLast(2))
        let text = #"{"formatVersion": 1, "models": ["# + model + ", " + model + "]}"
        let e = try #require(error(text))
        #expect(e.keyPath == "models[1].config.recordId")
    }

    @Test func aKeyGivenTwiceIsRefused() throws {
        let e = try #require(error(#"{"formatVersion": 1, "formatVersion": 1, "models": []}"#))
        #expect(e.message.hasPrefix("not valid JSON"))
    }

    @Test func textThatIsNotJSONIsRefused() throws {
        let e = try #require(error("{\"formatVersion\": 1,"))
        #expect(e.file == "p.json")
        #expect(e.message.hasPrefix("not valid JSON at byte 20: "))
    }

    @Test func parameterValuesKeepEveryDigit() throws {
        let rule = #"{"basis": {"kind": "baseTokenCost"}, "factors": [{"kind": "perUnit", "parameter": "n", "whenAbsent": 1.000000000000000000000000000001}]}"#
        let file = try PortablePricingFile(json: Array(document(rule: rule).utf8))
        guard case .perUnit(let u) = file.models[0].rule.factors[0] else { Issue.record("not per unit"); return }
        let expected: ExactDecimal = "1.000000000000000000000000000001"
        #expect(u.whenAbsent == .number(expected))
    }
}
