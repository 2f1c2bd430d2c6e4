/// A quantity the platform measures rather than the caller chooses: the duration of an
/// uploaded audio or video file. It is not a form parameter, so a call passes it beside the
/// parameters (`usage`), under the name the platform's own pricing functions give their
/// extra argument, and a rule states what it assumes when the call does not say.
public struct UsageQuantity: RawRepresentable, Sendable, Hashable, Comparable, Codable {
    /// The platform's argument name, e.g. `audioDurationSeconds`.
    public let rawValue: String
    /// The unit one of it counts, singular ("second").
    public let unit: String

    private init(_ rawValue: String, unit: String) {
        self.rawValue = rawValue
        self.unit = unit
    }

    /// The known usage quantity with this name, or `nil`: a misspelt name must not be
    /// ignored and priced at the assumption.
    public init?(rawValue: String) {
        guard let known = UsageQuantity.known.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = known
    }

    /// The duration of the call's input audio, in seconds.
    public static let audioDurationSeconds = UsageQuantity("audioDurationSeconds", unit: "second")
    /// The duration of the call's input audio, in minutes.
    public static let audioDurationMinutes = UsageQuantity("audioDurationMinutes", unit: "minute")
    /// The duration of the call's input (or driving) video, in seconds.
    public static let videoDuration = UsageQuantity("videoDuration", unit: "second")

    /// Every usage quantity a rule may read.
    public static let known: [UsageQuantity] = [.audioDurationSeconds, .audioDurationMinutes, .videoDuration]

    /// What it measures, for sentences: "the input audio's duration".
    public var measured: String {
        switch rawValue {
        case "audioDurationSeconds", "audioDurationMinutes": return "the input audio's duration"
        default: return "the input video's duration"
        }
    }

    /// Sorts by name.
    public static func < (lhs: UsageQuantity, rhs: UsageQuantity) -> Bool { lhs.rawValue < rhs.rawValue }
    /// Equal when the names are.
    public static func == (lhs: UsageQuantity, rhs: UsageQuantity) -> Bool { lhs.rawValue == rhs.rawValue }
    /// Hashes the name.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// Decodes from a known name.
    /// - Throws: `DecodingError.dataCorrupted` naming the known names for any other.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let name = try c.decode(String.self)
        guard let known = UsageQuantity(rawValue: name) else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "unknown usage quantity '\(name)'; known: \(UsageQuantity.known.map(\.rawValue).joined(separator: ", "))")
        }
        self = known
    }
    /// Encodes as the name.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// Multiply by a measured quantity (`UsageQuantity`): the call's, or `assumed` when the call
/// does not give it, limited by `limits` first.
public struct UsageFactor: Sendable, Hashable {
    /// What is measured.
    public var quantity: UsageQuantity
    /// The quantity priced when the call does not give it (the platform's own default).
    public var assumed: ExactDecimal
    /// The floor and cap applied before pricing, if any.
    public var limits: QuantityLimits?

    /// Creates a usage factor.
    public init(quantity: UsageQuantity, assumed: ExactDecimal, limits: QuantityLimits? = nil) {
        self.quantity = quantity
        self.assumed = assumed
        self.limits = limits
    }
}
