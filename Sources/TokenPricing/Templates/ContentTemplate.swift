/// A content template: one model call with preset parameters, some of which a user may edit.
/// Shape and field names as in SPEC (a database export has this shape).
public struct ContentTemplate: Sendable, Hashable, Codable {
    /// The template's id.
    public var id: String
    /// Its category (e.g. "Marketing").
    public var category: String?
    /// Its display name.
    public var name: String
    /// What it makes.
    public var description: String?
    /// The model it calls.
    public var modelRecordId: String
    /// Parameters fixed by the template and shown to the user.
    public var presetParameters: [String: ParameterValue]
    /// Schema properties the user may set.
    public var userEditableFields: [String]
    /// Parameters fixed by the template and hidden from the user.
    public var hiddenFieldDefaults: [String: ParameterValue]
    /// Typical generation time.
    public var estimatedTimeSeconds: Int?
    /// Position in lists.
    public var displayOrder: Int?
    /// Whether users see it today.
    public var isActive: Bool
    /// Its picture.
    public var thumbnailUrl: String?

    /// Creates a content template.
    public init(
        id: String, category: String? = nil, name: String, description: String? = nil, modelRecordId: String,
        presetParameters: [String: ParameterValue] = [:], userEditableFields: [String] = [],
        hiddenFieldDefaults: [String: ParameterValue] = [:], estimatedTimeSeconds: Int? = nil,
        displayOrder: Int? = nil, isActive: Bool = true, thumbnailUrl: String? = nil
    ) {
        self.id = id
        self.category = category
        self.name = name
        self.description = description
        self.modelRecordId = modelRecordId
        self.presetParameters = presetParameters
        self.userEditableFields = userEditableFields
        self.hiddenFieldDefaults = hiddenFieldDefaults
        self.estimatedTimeSeconds = estimatedTimeSeconds
        self.displayOrder = displayOrder
        self.isActive = isActive
        self.thumbnailUrl = thumbnailUrl
    }

    enum CodingKeys: String, CodingKey {
        case id, category, name, description, modelRecordId, presetParameters, userEditableFields
        case hiddenFieldDefaults, estimatedTimeSeconds, displayOrder, isActive, thumbnailUrl
    }

    /// Decodes SPEC's JSON; optional collections may be absent or `null`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        category = try c.decodeIfPresent(String.self, forKey: .category)
        name = try c.decode(String.self, forKey: .name)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        modelRecordId = try c.decode(String.self, forKey: .modelRecordId)
        presetParameters = try c.decodeIfPresent([String: ParameterValue].self, forKey: .presetParameters) ?? [:]
        userEditableFields = try c.decodeIfPresent([String].self, forKey: .userEditableFields) ?? []
        hiddenFieldDefaults = try c.decodeIfPresent([String: ParameterValue].self, forKey: .hiddenFieldDefaults) ?? [:]
        estimatedTimeSeconds = try c.decodeIfPresent(Int.self, forKey: .estimatedTimeSeconds)
        displayOrder = try c.decodeIfPresent(Int.self, forKey: .displayOrder)
        isActive = try c.decodeIfPresent(Bool.self, forKey: .isActive) ?? true
        thumbnailUrl = try c.decodeIfPresent(String.self, forKey: .thumbnailUrl)
    }
}
