/// The service that runs a model. Typed, so a misspelt provider does not compile; a new
/// provider is one `static let` here.
public struct Provider: RawRepresentable, Sendable, Hashable, Comparable, Codable {
    /// The platform's id, e.g. `kie_ai`.
    public let rawValue: String
    /// The name admins read.
    public let displayName: String

    /// Creates a provider with a display name.
    public init(_ rawValue: String, displayName: String) {
        self.rawValue = rawValue
        self.displayName = displayName
    }

    /// The known provider with this id, or `nil`: a misspelt id (`kie_aj`) must not become
    /// a provider of its own that matches no model.
    public init?(rawValue: String) {
        guard let known = Provider.known.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = known
    }

    /// The known provider with this id.
    /// - Throws: `UnknownIdentifierError` naming the known ids.
    public static func parse(_ id: String) throws(UnknownIdentifierError) -> Provider {
        guard let provider = Provider(rawValue: id) else {
            throw UnknownIdentifierError(kind: "provider", value: id, known: known.map(\.rawValue))
        }
        return provider
    }

    /// Kie.ai, the platform's main aggregator.
    public static let kieAI = Provider("kie_ai", displayName: "Kie.ai")
    /// Runware.
    public static let runware = Provider("runware", displayName: "Runware")
    /// Lovable AI, called synchronously.
    public static let lovableAISync = Provider("lovable_ai_sync", displayName: "Lovable AI (sync)")

    /// The providers this code knows by name.
    public static let known: [Provider] = [.kieAI, .runware, .lovableAISync]

    /// Providers sort by id.
    public static func < (lhs: Provider, rhs: Provider) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Equal when the ids are.
    public static func == (lhs: Provider, rhs: Provider) -> Bool { lhs.rawValue == rhs.rawValue }
    /// Hashes the id.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// Decodes from the id of a known provider.
    /// - Throws: `DecodingError.dataCorrupted` naming the known ids for any other.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let id = try container.decode(String.self)
        do { self = try Provider.parse(id) } catch { throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(error)") }
    }
    /// Encodes as the id.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
