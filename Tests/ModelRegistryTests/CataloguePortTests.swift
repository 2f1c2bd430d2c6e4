import ModelRegistry
import Testing
import TokenPricing

/// Every catalogue entry is in the registry with the same config, schema and pricing, apart
/// from the documented departures listed here (each also explained in its model file).
@Suite("Every catalogue entry is ported")
struct CataloguePortTests {
    /// Properties typed `string` in the catalogue although their enum and default are integers;
    /// ported as `integer` (record id → property).
    static let retypedProperties: [String: String] = [
        "5290ad50-ebeb-4fc0-97fb-bff7db6784b5": "num_images",  // Google Imagen 4
        "0ff9bb96-041e-4c24-90c5-543064b642ca": "num_images",  // Google Imagen 4 Fast
    ]
    /// Factors on parameters the schema lacks, dropped (record id → parameters).
    static let droppedFactors: [String: Set<String>] = [
        "b6d430f1-e823-4192-bf72-0dba29079931": ["image_size", "num_images"],  // Qwen Image Editor
    ]

    @Test("the registry holds exactly the catalogue's record ids")
    func sameRecordIds() {
        let catalogue = Catalogue.entries.map(\.config.recordId)
        let registry = ModelRegistry.standard.models.map(\.recordId)
        #expect(registry.count == catalogue.count)
        #expect(Set(registry) == Set(catalogue))
    }

    @Test("the documented departures name real entries")
    func departuresAreReal() throws {
        for (recordId, name) in Self.retypedProperties {
            let entry = try #require(Catalogue.entry(recordId: recordId))
            let property = try #require(entry.inputSchema.properties[name])
            #expect(property.type == "string")
            #expect(property.enum?.allSatisfy { if case .number(let n) = $0 { n.isInteger } else { false } } == true)
        }
        for (recordId, parameters) in Self.droppedFactors {
            let entry = try #require(Catalogue.entry(recordId: recordId))
            #expect(Set(entry.pricing.factors.map(\.parameter)).isSuperset(of: parameters))
            for p in parameters { #expect(entry.inputSchema.properties[p] == nil) }
        }
    }

    @Test("config fields are identical", arguments: Catalogue.entries)
    func config(entry: CatalogueEntry) throws {
        let model = try #require(entry.ported, "not ported")
        let expected = entry.config, c = model.config
        #expect(c.recordId == expected.recordId)
        #expect(c.modelId == expected.modelId)
        #expect(c.modelName == expected.modelName)
        #expect(c.provider.rawValue == expected.provider)
        #expect(Provider.known.contains(c.provider))
        #expect(c.contentType.rawValue == expected.contentType)
        #expect(c.contentType.rawValue == entry.group)
        #expect(ContentType.known.contains(c.contentType))
        #expect(c.baseTokenCost == expected.baseCreditCost)
        #expect(c.baseTokenCost.description == expected.baseCreditCost.description)
        #expect(c.estimatedTimeSeconds == expected.estimatedTimeSeconds)
        #expect(c.isActive == expected.isActive)
        #expect(c.modelFamily == expected.modelFamily)
        #expect(c.variantName == expected.variantName)
        #expect(c.displayOrderInFamily == expected.displayOrderInFamily)
        #expect(c.maxImages == expected.maxImages)
        #expect(c.defaultOutputs == expected.defaultOutputs)
        #expect(c.apiEndpoint == expected.apiEndpoint)
        #expect(c.payloadStructure?.rawValue == expected.payloadStructure)
        #expect(c.logoUrl == expected.logoUrl)
    }

    @Test("schema properties are identical", arguments: Catalogue.entries)
    func schema(entry: CatalogueEntry) throws {
        let model = try #require(entry.ported, "not ported")
        let schema = model.inputSchema, expected = entry.inputSchema
        #expect(schema.properties.map(\.name) == expected.propertyNames)
        #expect(schema.required == expected.required)
        #expect(schema.imageInputField == expected.imageInputField)
        #expect(schema.displayOrder == expected.xOrder)
        #expect(schema.usePromptRenderer == expected.usePromptRenderer)
        for (name, want) in expected.properties {
            guard let have = schema[name] else {
                Issue.record("property \(name) is missing")
                continue
            }
            if Self.retypedProperties[entry.config.recordId] == name {
                #expect(have.type == .integer, "\(name)")
            } else {
                #expect(have.type.rawValue == want.type, "\(name)")
            }
            #expect(have.defaultValue == want.default, "\(name)")
            #expect(have.allowedValues == want.enum, "\(name)")
            #expect(have.minimum == want.minimum, "\(name)")
            #expect(have.maximum == want.maximum, "\(name)")
            #expect(have.maxLength == want.maxLength, "\(name)")
            #expect(have.title == want.title, "\(name)")
            #expect(have.description == want.description, "\(name)")
            #expect(have.renderer == want.renderer, "\(name)")
            #expect(have.format == want.format, "\(name)")
            #expect(have.items?.type.rawValue == want.items?.type, "\(name)")
            #expect(have.items?.format == want.items?.format, "\(name)")
            #expect(have.showToUser == want.showToUser, "\(name)")
        }
    }

    @Test("pricing follows the catalogue's rule", arguments: Catalogue.entries)
    func pricing(entry: CatalogueEntry) throws {
        let model = try #require(entry.ported, "not ported")
        let rule = model.pricing
        #expect(rule.basis == .baseTokenCost)
        #expect(rule.minimumCharge == nil)
        switch entry.pricing.rounding {
        case nil: #expect(rule.rounding == nil)
        case "2 decimals, half away from zero, after multiplying": #expect(rule.rounding == .cents)
        case let other?: Issue.record("unknown rounding \(other)")
        }
        let dropped = Self.droppedFactors[entry.config.recordId] ?? []
        let kept = entry.pricing.factors.filter { !dropped.contains($0.parameter) }
        #expect(rule.factors.count == kept.count)
        for (want, have) in zip(kept, rule.factors) {
            #expect(have.parameter == want.parameter)
            switch (want.kind, have) {
            case ("multiplier", .multiplier(let m)):
                let table = Dictionary(uniqueKeysWithValues: m.table.entries.map { ($0.key, $0.amount) })
                #expect(table == want.table, "\(want.parameter)")
                #expect(m.otherwise == want.valueNotInTable, "\(want.parameter)")
                Self.expectSameAssumption(m.whenAbsent, want.whenAbsent, want.parameter)
            case ("perUnit", .perUnit(let p)):
                #expect(p.measure == .value)
                #expect(p.unitSize == 1)
                #expect(p.roundUnitsUp == false)
                Self.expectSameAssumption(p.whenAbsent, want.whenAbsent, want.parameter)
            default:
                Issue.record("factor \(want.parameter): catalogue kind \(want.kind), ported \(have)")
            }
        }
        // A departure from the catalogue is explained in `notes`; a faithful port has none.
        let departs = !dropped.isEmpty || Self.retypedProperties[entry.config.recordId] != nil
        #expect((model.notes != nil) == departs)
    }

    /// The ported `whenAbsent` finds the same table entry as the catalogue's ("4" and 4 alike).
    static func expectSameAssumption(_ ported: ParameterValue?, _ catalogue: ParameterValue?, _ parameter: String) {
        switch (ported, catalogue) {
        case (nil, nil): break
        case let (p?, c?):
            let key = c.tableKey ?? ""
            #expect(ValueTable.key(key, matches: p), "\(parameter): whenAbsent \(p.displayText), catalogue \(c.displayText)")
        default:
            Issue.record("\(parameter): whenAbsent \(ported?.displayText ?? "nil"), catalogue \(catalogue?.displayText ?? "nil")")
        }
    }
}
