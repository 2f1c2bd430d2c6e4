import Foundation
import TokenPricing

/// The rules every registry entry keeps, in one place: the invariants test runs them over
/// `Models.all` and `admin-site new-model` runs them over the flags before it writes a file,
/// so a scaffolded model can never be one the tests would refuse.
public enum ModelInvariants {

    /// One broken rule: the config field and what is wrong with it.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The config field, e.g. `recordId`.
        public var field: String
        /// What is wrong, in words.
        public var message: String
        /// Creates a problem.
        public init(field: String, message: String) {
            self.field = field
            self.message = message
        }
        /// `recordId: …`.
        public var description: String { "\(field): \(message)" }
    }

    /// The key two record ids are compared by: trimmed and lowercased. UUIDs are
    /// case-insensitive and the site's page paths lowercase them, so `ABC…` and ` abc…` are
    /// the same record to a person and to the site.
    public static func recordIdKey(_ recordId: String) -> String {
        recordId.trimmingCharacters(in: .whitespacesAndNewlines.union(.controlCharacters)).lowercased()
    }

    /// The record ids that name the same record (`recordIdKey`) as another one in `recordIds`,
    /// grouped, in first-seen order.
    public static func duplicateRecordIds(_ recordIds: [String]) -> [[String]] {
        var order: [String] = []
        var groups: [String: [String]] = [:]
        for id in recordIds {
            let key = recordIdKey(id)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(id)
        }
        return order.compactMap { groups[$0]!.count > 1 ? groups[$0] : nil }
    }

    /// Whether `text` is a lowercase UUID in the canonical `8-4-4-4-12` form.
    public static func isLowercaseUUID(_ text: String) -> Bool {
        guard let uuid = UUID(uuidString: text) else { return false }
        return uuid.uuidString.lowercased() == text
    }

    /// Every rule one config breaks on its own (uniqueness needs the others: see
    /// `duplicateRecordIds`).
    public static func problems(of config: ModelConfig) -> [Problem] {
        var problems: [Problem] = []
        func add(_ field: String, _ message: String) { problems.append(Problem(field: field, message: message)) }

        if let message = lineProblem(config.recordId) {
            add("recordId", message)
        } else if !isLowercaseUUID(config.recordId) {
            // The last two non-UUID ids (`100@1`, `schnell`) were retired with the 140-model
            // registry, so no exception is left to keep.
            add("recordId", "'\(config.recordId)' is not a lowercase UUID (e.g. \(UUID().uuidString.lowercased()))")
        }
        if let message = lineProblem(config.modelId) { add("modelId", message) }
        if let message = lineProblem(config.modelName) {
            add("modelName", message)
        } else if !config.modelName.unicodeScalars.contains(where: { $0.isASCII && CharacterSet.alphanumerics.contains($0) }) {
            add("modelName", "'\(config.modelName)' has no ASCII letter or digit, which the Swift file and identifier are named from")
        }
        if !Provider.known.contains(where: { $0.rawValue == config.provider.rawValue && $0.displayName == config.provider.displayName }) {
            add("provider", "'\(config.provider.rawValue)' is not a known provider; expected one of \(Provider.known.map(\.rawValue).joined(separator: ", ")) (add a new one as a static let in Sources/ModelRegistry/Config/Provider.swift)")
        }
        if !ContentType.known.contains(config.contentType) {
            add("contentType", "'\(config.contentType.rawValue)' is not a known content type; expected one of \(ContentType.known.map(\.rawValue).joined(separator: ", ")) (add a new one as a static let in Sources/ModelRegistry/Config/ContentType.swift)")
        }
        if config.baseTokenCost <= .zero { add("baseTokenCost", "must be above 0, found \(config.baseTokenCost)") }
        if config.estimatedTimeSeconds <= 0 { add("estimatedTimeSeconds", "must be above 0 seconds, found \(config.estimatedTimeSeconds)") }
        for (field, value) in [("modelFamily", config.modelFamily), ("variantName", config.variantName)] {
            if let value, let message = lineProblem(value) { add(field, message) }
        }
        for (field, value) in [("displayOrderInFamily", config.displayOrderInFamily), ("maxImages", config.maxImages), ("defaultOutputs", config.defaultOutputs)] {
            if let value, value < 0 { add(field, "must not be negative, found \(value)") }
        }
        return problems
    }

    /// Why `text` is not one line of plain text: empty, padded with spaces, or holding a
    /// control, format or line-separator character (which would break the one-line Swift
    /// comments and literals the scaffolder writes, and the site's tables). `nil` when fine.
    public static func lineProblem(_ text: String) -> String? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return "is empty" }
        if let bad = text.unicodeScalars.first(where: isForbiddenInLine) {
            return "contains the control character U+\(String(format: "%04X", bad.value)); expected one line of plain text"
        }
        if text.trimmingCharacters(in: .whitespaces) != text { return "'\(text)' has leading or trailing spaces" }
        return nil
    }

    /// Control (Cc), format (Cf, e.g. bidi overrides), line and paragraph separators.
    static func isForbiddenInLine(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}
