/// A portable pricing document: `{"formatVersion": 1, "models": [PortableModel…]}`. The form
/// `api/pricing.json` publishes and `admin-site price --pricing FILE` reads; a service in any
/// language can price from it (Docs/PORTABLE-PRICING.md).
public struct PortablePricingFile: Sendable, Hashable {
    /// The models, in the order written.
    public var models: [PortableModel]

    /// Creates a document.
    public init(models: [PortableModel]) {
        self.models = models
    }

    /// The document as a JSON value.
    public var portableValue: ParameterValue {
        .object(["formatVersion": .number(ExactDecimal(Portable.formatVersion)), "models": .array(models.map(\.portableValue))])
    }

    /// The document as JSON text (sorted keys, a final newline).
    public func encoded(style: PortableJSON.Style = .pretty()) -> String {
        PortableJSON.write(portableValue, style: style)
    }

    /// Reads a document from a JSON value. Record ids must be unique.
    /// - Throws: `PortableFormatError` naming the key path of the first problem.
    public init(portable value: ParameterValue) throws(PortableFormatError) {
        var f = try PortableFields(value, at: "")
        _ = try f.required("formatVersion", Portable.version)
        let models = try f.required("models") { v, p throws(PortableFormatError) in
            try Portable.array(v, p) { v, p throws(PortableFormatError) in try PortableModel(portable: v, at: p) }
        }
        try f.finish()
        var seen: [String: Int] = [:]
        for (i, model) in models.enumerated() {
            if let earlier = seen[model.recordId] {
                throw PortableFormatError(
                    keyPath: "models[\(i)].config.recordId",
                    message: "duplicate record id '\(model.recordId)' (already at models[\(earlier)])")
            }
            seen[model.recordId] = i
        }
        self.init(models: models)
    }

    /// Reads a document from JSON bytes.
    /// - Parameters:
    ///   - bytes: the document, JSON in the portable form.
    ///   - file: named in errors.
    public init(json bytes: some Collection<UInt8>, file: String? = nil) throws(PortableFormatError) {
        do {
            try self.init(portable: try PortableJSON.parse(bytes))
        } catch {
            throw error.inFile(file)
        }
    }
}

/// A model catalogue read from a portable pricing document: prices exactly like the registry
/// the document was written from, without compiling it.
public struct PortablePricingCatalog: ModelCatalog {
    /// The models, in document order.
    public let models: [PricedModel]
    private let byRecordId: [String: Int]

    /// The catalogue of `file`'s models.
    public init(_ file: PortablePricingFile) {
        models = file.models.map(\.priced)
        byRecordId = Dictionary(models.enumerated().map { ($1.recordId, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The model with this record id, or `nil`.
    public func pricedModel(recordId: String) -> PricedModel? {
        byRecordId[recordId].map { models[$0] }
    }
}
