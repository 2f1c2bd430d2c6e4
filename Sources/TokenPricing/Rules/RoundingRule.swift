/// The one rounding step of a price: applied once, to the final amount, after every factor
/// and the minimum charge. Rounding intermediate amounts would make the result depend on the
/// order of the factors.
public struct RoundingRule: Sendable, Hashable, Codable {
    /// Decimal places kept.
    public var places: Int
    /// How ties and extra digits are resolved.
    public var mode: RoundingMode

    /// Creates a rounding rule.
    public init(places: Int, mode: RoundingMode = .halfAwayFromZero) {
        self.places = places
        self.mode = mode
    }

    /// The platform's rule for its ChatGPT models: 2 decimals, half away from zero.
    public static let cents = RoundingRule(places: 2, mode: .halfAwayFromZero)

    /// "rounded to 2 decimals, half away from zero".
    public var phrase: String {
        "rounded to \(places) decimal\(places == 1 ? "" : "s"), \(mode.phrase)"
    }
}
