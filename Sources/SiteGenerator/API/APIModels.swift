import ModelRegistry
import TokenPricing

/// `api/models.json`: every model with its configuration and input schema, in registry order.
///
/// The shape is these types (keys are the property names; `ExactJSONEncoder` writes them
/// sorted, so they are declared sorted); the API page lists it from them (`JSONShape`).
/// Version 1: fields are only ever added.
struct APIModelsDocument: Codable {
    var models: LazyJSONArray<APIModel>
    var version = 1

    init(_ data: SiteData) {
        models = LazyJSONArray(count: data.models.count) { APIModel(data.models[$0]) }
    }

    /// The file's bytes (compact: it reaches tens of megabytes at 10,000 models).
    static func bytes(_ data: SiteData) throws -> [UInt8] {
        try ExactJSONEncoder(compact: true).encode(APIModelsDocument(data), capacity: 64 + data.models.count * 2500)
    }
}

/// One model in `api/models.json`.
struct APIModel: Codable {
    var acceptedVideoTypes: [String]?
    var apiEndpoint: String?
    /// The name of the secret the model's calls use, never its value.
    var apiKeyName: String?
    /// A decimal string.
    var baseTokenCost: ExactDecimal
    var contentType: String
    var contentTypeName: String
    var defaultOutputs: Int?
    var displayName: String
    var displayOrderInFamily: Int?
    var estimatedTimeSeconds: Int
    var inputSchema: APIInputSchema
    var isActive: Bool
    var logoUrl: String?
    var maxAudios: Int?
    /// A decimal string, in seconds.
    var maxDurationSeconds: ExactDecimal?
    var maxFileSizeBytes: Int?
    var maxImages: Int?
    var maxVideos: Int?
    /// A decimal string, in seconds.
    var minDurationSeconds: ExactDecimal?
    var modelFamily: String?
    var modelId: String
    var modelName: String
    var notes: String?
    var outputFormat: String?
    /// The model's page, relative to the site root.
    var page: String
    var payloadStructure: String?
    var pricedParameters: [String]
    var provider: String
    var providerName: String
    var recordId: String
    var requiresAudio: Bool?
    var sourcePath: String?
    var taskType: String?
    /// The price per second, image, 1,000 characters or minute, when the rule gives one.
    var unitPrice: APIUnitPrice?
    /// The measured quantities the price depends on (`usage` in a price request), with the
    /// amount assumed when a call does not give them.
    var usage: [APIUsage]?
    var variantName: String?

    init(_ e: ModelEntry) {
        let c = e.config
        acceptedVideoTypes = c.acceptedVideoTypes
        apiEndpoint = c.apiEndpoint
        apiKeyName = c.apiKeyName
        maxAudios = c.maxAudios
        maxDurationSeconds = c.maxDurationSeconds
        maxFileSizeBytes = c.maxFileSizeBytes
        maxVideos = c.maxVideos
        minDurationSeconds = c.minDurationSeconds
        outputFormat = c.outputFormat
        requiresAudio = c.requiresAudio
        taskType = c.taskType
        unitPrice = e.unitPrice.map(APIUnitPrice.init)
        let usage = e.model.pricing.usageFactors.map { APIUsage(assumed: $0.assumed, name: $0.quantity.rawValue, unit: $0.quantity.unit) }
        self.usage = usage.isEmpty ? nil : usage
        baseTokenCost = c.baseTokenCost
        contentType = c.contentType.rawValue
        contentTypeName = c.contentType.displayName
        defaultOutputs = c.defaultOutputs
        displayName = e.displayName
        displayOrderInFamily = c.displayOrderInFamily
        estimatedTimeSeconds = c.estimatedTimeSeconds
        inputSchema = APIInputSchema(e.model.inputSchema)
        isActive = c.isActive
        logoUrl = c.logoUrl
        maxImages = c.maxImages
        modelFamily = c.modelFamily
        modelId = c.modelId
        modelName = c.modelName
        notes = e.model.notes
        page = e.path
        payloadStructure = c.payloadStructure?.rawValue
        pricedParameters = e.model.pricing.pricedParameters
        provider = c.provider.rawValue
        providerName = c.provider.displayName
        recordId = c.recordId
        sourcePath = e.sourcePath
        variantName = c.variantName
    }
}

/// A model's price per unit (`UnitPrice`; the glossary's "Unit price"). Amounts are decimal
/// strings: exact when `exact` is true, else rounded to 6 decimals (half away from zero) with
/// the exact quotient as `fraction` (`"10/3"`).
struct APIUnitPrice: Codable {
    /// At the other parameters' defaults; absent when the defaults do not fix the quantity.
    var amount: ExactDecimal?
    var exact: Bool?
    var fraction: String?
    /// `rate` (a per-unit or usage factor's rate) or `perCall` (each listed value's price
    /// divided by it, in `rows`).
    var method: String
    /// `second`, `minute`, `image` or `1000 characters`.
    var per: String
    var rows: [APIUnitPriceRow]?
    /// The parameter or usage quantity counted.
    var source: String

    init(_ p: UnitPrice) {
        amount = p.atDefaults?.value
        exact = p.atDefaults.map { $0.exact != nil }
        fraction = p.atDefaults?.fraction
        method = p.method.rawValue
        per = p.per.rawValue
        rows = p.rows.isEmpty ? nil : p.rows.map(APIUnitPriceRow.init)
        source = p.source
    }
}

/// One listed value of a `perCall` unit price.
struct APIUnitPriceRow: Codable {
    /// The price per unit at this value.
    var amount: ExactDecimal
    var exact: Bool
    var fraction: String?
    /// A call's price at this value.
    var price: ExactDecimal
    /// The value as a number of units.
    var quantity: ExactDecimal
    /// The parameter's value as listed.
    var value: JSONParameter

    init(_ r: UnitPrice.Row) {
        amount = r.ratio.value
        exact = r.ratio.exact != nil
        fraction = r.ratio.fraction
        price = r.price
        quantity = r.quantity
        value = JSONParameter(r.value)
    }
}

/// A measured quantity a model's price depends on.
struct APIUsage: Codable {
    /// A decimal string: the amount priced when a call does not give it.
    var assumed: ExactDecimal
    /// The name a price request gives it under (`audioDurationSeconds`).
    var name: String
    /// Its unit, singular (`second`).
    var unit: String
}

/// A model's input schema.
struct APIInputSchema: Codable {
    var imageInputField: String?
    var properties: [APISchemaProperty]
    var required: [String]

    init(_ schema: InputSchema) {
        imageInputField = schema.imageInputField
        properties = schema.properties.map(APISchemaProperty.init)
        required = schema.required
    }
}

/// One parameter of a schema. Values and bounds are JSON values with every digit.
struct APISchemaProperty: Codable {
    var `default`: JSONParameter?
    var description: String?
    var `enum`: [JSONParameter]?
    var format: String?
    var maxLength: Int?
    var maximum: JSONNumber?
    var minimum: JSONNumber?
    var name: String
    var renderer: String?
    var showToUser: Bool?
    var title: String?
    var type: String

    init(_ p: SchemaProperty) {
        `default` = p.defaultValue.map(JSONParameter.init)
        description = p.description
        `enum` = p.allowedValues?.map(JSONParameter.init)
        format = p.format
        maxLength = p.maxLength
        maximum = p.maximum.map(JSONNumber.init)
        minimum = p.minimum.map(JSONNumber.init)
        name = p.name
        renderer = p.renderer
        showToUser = p.showToUser
        title = p.title
        type = p.type.rawValue
    }
}
