/// One problem with one value: where it is, what was expected and what was found.
public struct SchemaIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The value has the wrong JSON type.
        case wrongType
        /// The value is not one of the allowed values.
        case notInEnum
        /// The number is below the minimum.
        case belowMinimum
        /// The number is above the maximum.
        case aboveMaximum
        /// The string is longer than allowed.
        case tooLong
        /// A required parameter is missing.
        case missingRequired
        /// The schema has no such parameter.
        case unknownParameter
    }

    /// Where the value sits, e.g. `parameters.duration` or `steps[1].parameters.size`.
    public var keyPath: String
    /// The kind of problem.
    public var kind: Kind
    /// What was expected, in words.
    public var expected: String
    /// What was found, in words.
    public var found: String

    /// Creates an issue.
    public init(keyPath: String, kind: Kind, expected: String, found: String) {
        self.keyPath = keyPath
        self.kind = kind
        self.expected = expected
        self.found = found
    }

    /// `parameters.duration: expected one of 5, 10, found 7`.
    public var description: String { "\(keyPath): expected \(expected), found \(found)" }
}
