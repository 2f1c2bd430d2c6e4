/// A provider or content type id that this code does not know, with the ids it does know:
/// the command line and decoders say what to type instead of matching nothing.
public struct UnknownIdentifierError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was looked up: `provider` or `content type`.
    public var kind: String
    /// The id as given.
    public var value: String
    /// The ids that are known, in their usual order.
    public var known: [String]

    /// Creates an error.
    public init(kind: String, value: String, known: [String]) {
        self.kind = kind
        self.value = value
        self.known = known
    }

    /// `unknown provider 'kie_aj'; expected one of kie_ai, runware, lovable_ai_sync`.
    public var description: String {
        "unknown \(kind) '\(value)'; expected one of \(known.joined(separator: ", "))"
    }
}
