import ModelRegistry
import TokenPricing

/// What one of a parameter's numbers counts: seconds, images, characters… Read from the rule
/// first (a per-unit factor's `unitName` or measure, a surcharge's `unitName`), then from the
/// parameter's schema (its name and description), never invented: a parameter nothing
/// describes has no unit, and a matrix axis then shows its bare name.
struct QuantityUnit: Hashable, Sendable {
    /// The units the site knows; `other` keeps a rule's own unit name.
    enum Kind: String, Sendable, Hashable {
        case second, minute, image, character, result, other
    }

    var kind: Kind
    /// "second", "image"; for `other`, the rule's name as written.
    var singular: String
    /// "seconds", "images".
    var plural: String

    static let second = QuantityUnit(kind: .second, singular: "second", plural: "seconds")
    static let minute = QuantityUnit(kind: .minute, singular: "minute", plural: "minutes")
    static let image = QuantityUnit(kind: .image, singular: "image", plural: "images")
    static let character = QuantityUnit(kind: .character, singular: "character", plural: "characters")
    static let result = QuantityUnit(kind: .result, singular: "result", plural: "results")

    /// The unit a rule's unit name stands for: "4-second block" counts seconds (the block is
    /// the unit size), "1,000 characters" counts characters.
    static func named(_ name: String) -> QuantityUnit {
        let n = name.lowercased()
        if mentions(n, "second") { return .second }
        if mentions(n, "minute") { return .minute }
        if mentions(n, "character") { return .character }
        if mentions(n, "image") { return .image }
        if mentions(n, "result") { return .result }
        return QuantityUnit(kind: .other, singular: name, plural: name.hasSuffix("s") || mentions(name, " ") ? name : name + "s")
    }

    /// The unit of a measured usage quantity (`audioDurationSeconds` counts seconds).
    static func of(_ usage: UsageQuantity) -> QuantityUnit { named(usage.unit) }

    /// The unit of `parameter`'s numbers in `model`, or `nil` when neither its rule nor its
    /// schema says. Only numbers have one: a parameter whose values are not numbers (`720p`)
    /// has none, so a duration written "5s" is never called seconds.
    static func of(parameter: String, in model: ModelDefinition) -> QuantityUnit? {
        for factor in model.pricing.factors {
            switch factor {
            case .perUnit(let p) where p.parameter == parameter || p.fallbacks.contains(parameter):
                if p.measure == .characters { return .character }
                if let name = p.unitName { return named(name) }
            case .surcharge(let s) where s.parameter == parameter:
                if let name = s.unitName { return named(name) }
            default:
                break
            }
        }
        guard let prop = model.inputSchema[parameter], isNumeric(prop) else { return nil }
        return fromSchema(name: parameter, description: prop.description ?? prop.title ?? "")
    }

    /// Whether a property holds numbers: an integer or number, or an enum of numeric strings.
    static func isNumeric(_ prop: SchemaProperty) -> Bool {
        if prop.type == .integer || prop.type == .number { return true }
        guard let values = prop.allowedValues, !values.isEmpty else { return false }
        return values.allSatisfy { number($0) != nil }
    }

    /// A parameter value as a number: a number, or a string that reads as one.
    static func number(_ v: ParameterValue) -> ExactDecimal? {
        switch v {
        case .number(let n): return n
        case .string(let s): return ExactDecimal(s)
        default: return nil
        }
    }

    /// The unit a numeric parameter's name or description gives: `duration`, `duration_seconds`,
    /// "Length of the video in seconds" → seconds; `number_of_images`, `max_images`,
    /// `nVariants`, `num_images` → images; `numberResults` → results.
    static func fromSchema(name: String, description: String) -> QuantityUnit? {
        let n = name.lowercased()
        let d = description.lowercased()
        if mentions(n, "minute") { return .minute }
        if mentions(n, "duration") || n.hasSuffix("seconds") || n == "seconds" || n == "length" && mentions(d, "second") { return .second }
        let counts = n.hasPrefix("num") || n.hasPrefix("max") || n.hasPrefix("n") && n.count > 1 && name.dropFirst().first?.isUppercase == true
            || mentions(n, "number") || mentions(n, "count")
        if counts && (mentions(n, "image") || mentions(n, "variant")) { return .image }
        if counts && (mentions(n, "result") || mentions(n, "output")) { return .result }
        if mentions(d, "in seconds") || mentions(d, "(seconds)") { return .second }
        return nil
    }

    /// Whether `text` contains `word`, byte for byte. Not `String.contains`, which with
    /// Foundation imported is `NSString`'s search (2 % of a 1,000-model build, for words that
    /// are plain ASCII), nor the standard library's generic `firstRange(of:)`, which was
    /// slower still.
    private static func mentions(_ text: String, _ word: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { t in
            word.withUTF8Buffer { w in
                guard let first = w.first else { return true }
                guard w.count <= t.count else { return false }
                var i = 0
                while i <= t.count - w.count {
                    if t[i] == first {
                        var k = 1
                        while k < w.count && t[i + k] == w[k] { k += 1 }
                        if k == w.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// `duration (seconds)`, or the bare name when the unit is unknown.
    static func axisLabel(_ parameter: String, in model: ModelDefinition) -> String {
        guard let unit = of(parameter: parameter, in: model) else { return parameter }
        return "\(parameter) (\(unit.plural))"
    }
}
