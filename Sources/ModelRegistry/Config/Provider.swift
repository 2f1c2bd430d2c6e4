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

    /// A provider known only by its id (the display name is the id).
    public init(rawValue: String) {
        self = Provider.known.first { $0.rawValue == rawValue } ?? Provider(rawValue, displayName: rawValue)
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

    /// Decodes from the id.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    /// Encodes as the id.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
