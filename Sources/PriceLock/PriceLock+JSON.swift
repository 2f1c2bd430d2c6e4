import TokenPricing

/// The lockfile's JSON form (Docs/PRICE-LOCK.md): keys sorted, two-space indentation, one
/// matrix point per line, decimals as strings, `null` for a price that cannot be computed.
///
///     {
///       "formatVersion": 1,
///       "limits": {"points": 64, "range": 4096},
///       "models": [
///         {
///           "atDefaults": "12",
///           "baseTokenCost": "12",
///           "matrix": {
///             "complete": true,
///             "pointCount": 2,
///             "points": [
///               {"parameters": {"duration": "5"}, "total": "12"},
///               {"parameters": {"duration": "10"}, "total": "24"}
///             ]
///           },
///           "max": "24", "min": "12", "name": "Kling V2 Pro",
///           "pricedInputs": [{"default": "5", "enum": ["5", "10"], "name": "duration", "type": "string"}],
///           "recordId": "84084ca4-…", "rule": {…}
///         }
///       ]
///     }
extension PriceLock {
    /// The file's text: deterministic, so the same registry always writes the same bytes.
    public var encoded: String {
        let document: ParameterValue = .object([
            "formatVersion": .number(ExactDecimal(Portable.formatVersion)),
            "limits": .object(["points": .number(ExactDecimal(pointLimit)), "range": .number(ExactDecimal(rangeLimit))]),
            "models": .array(models.map(\.lockValue)),
        ])
        return PortableJSON.write(document, style: .pretty(inlineWidth: 100, inlineElementsOf: ["points"]))
    }

    /// Reads a lockfile strictly: unknown fields, a wrong type or an unsorted or repeated
    /// record id are errors with their key path.
    /// - Parameter file: named in errors.
    public init(json bytes: some Collection<UInt8>, file: String? = nil) throws(PortableFormatError) {
        do {
            try self.init(lockValue: try PortableJSON.parse(bytes))
        } catch {
            throw error.inFile(file)
        }
    }

    /// Reads a lockfile from its JSON value.
    public init(lockValue value: ParameterValue) throws(PortableFormatError) {
        var f = try PortableFields(value, at: "")
        _ = try f.required("formatVersion", Portable.version)
        let (points, range) = try f.required("limits") { v, p throws(PortableFormatError) -> (Int, Int) in
            var l = try PortableFields(v, at: p)
            let points = try l.required("points", Portable.int)
            let range = try l.required("range", Portable.int)
            try l.finish()
            return (points, range)
        }
        let models = try f.required("models") { v, p throws(PortableFormatError) in
            try Portable.array(v, p) { v, p throws(PortableFormatError) in try PriceLockEntry(lockValue: v, at: p) }
        }
        try f.finish()
        for i in models.indices.dropFirst() where models[i - 1].recordId >= models[i].recordId {
            let problem = models[i - 1].recordId == models[i].recordId ? "repeated" : "not sorted"
            throw PortableFormatError(
                keyPath: "models[\(i)].recordId",
                message: "record id '\(models[i].recordId)' is \(problem) (models are sorted by record id, each once)")
        }
        self.init(pointLimit: points, rangeLimit: range, models: models)
    }
}

extension PriceLockEntry {
    /// The entry as a JSON value of the lockfile.
    var lockValue: ParameterValue {
        func price(_ p: ExactDecimal?) -> ParameterValue { p.map(ParameterValue.portableDecimal) ?? .null }
        return .object([
            "recordId": .string(recordId),
            "name": .string(name),
            "baseTokenCost": .portableDecimal(baseTokenCost),
            "rule": rule.portableValue,
            "pricedInputs": .array(pricedInputs.map(\.portableValue)),
            "atDefaults": price(atDefaults),
            "min": price(min),
            "max": price(max),
            "matrix": .object([
                "pointCount": .number(ExactDecimal(pointCount)),
                "complete": .bool(isComplete),
                "points": .array(points.map { .object(["parameters": .object($0.parameters), "total": price($0.total)]) }),
            ]),
        ])
    }

    /// Reads an entry of the lockfile at `path`.
    init(lockValue value: ParameterValue, at path: String) throws(PortableFormatError) {
        func price(_ v: ParameterValue, _ p: String) throws(PortableFormatError) -> ExactDecimal? {
            if case .null = v { return nil }
            return try Portable.decimal(v, p)
        }
        var f = try PortableFields(value, at: path)
        let recordId = try f.required("recordId", Portable.string)
        let name = try f.required("name", Portable.string)
        let base = try f.required("baseTokenCost", Portable.decimal)
        let rule = try f.required("rule") { v, p throws(PortableFormatError) in try PricingRule(portable: v, at: p) }
        let inputs = try f.required("pricedInputs") { v, p throws(PortableFormatError) in
            try Portable.array(v, p) { v, p throws(PortableFormatError) in try SchemaProperty(portable: v, at: p) }
        }
        let atDefaults = try f.required("atDefaults", price)
        let min = try f.required("min", price)
        let max = try f.required("max", price)
        let (count, complete, points) = try f.required("matrix") { v, p throws(PortableFormatError) -> (Int, Bool, [PriceLockPoint]) in
            var m = try PortableFields(v, at: p)
            let count = try m.required("pointCount", Portable.int)
            let complete = try m.required("complete", Portable.bool)
            let points = try m.required("points") { v, p throws(PortableFormatError) in
                try Portable.array(v, p) { v, p throws(PortableFormatError) -> PriceLockPoint in
                    var pt = try PortableFields(v, at: p)
                    let parameters = try pt.required("parameters") { v, p throws(PortableFormatError) in try Portable.dictionary(v, p, Portable.value) }
                    let total = try pt.required("total", price)
                    try pt.finish()
                    return PriceLockPoint(parameters: parameters, total: total)
                }
            }
            try m.finish()
            return (count, complete, points)
        }
        try f.finish()
        self.init(
            recordId: recordId, name: name, baseTokenCost: base, rule: rule, pricedInputs: inputs, atDefaults: atDefaults,
            min: min, max: max, pointCount: count, isComplete: complete, points: points)
    }
}
