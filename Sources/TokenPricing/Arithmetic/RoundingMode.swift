/// How a value is rounded to a number of decimal places.
public enum RoundingMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Ties go away from zero (2.345 → 2.35, −2.345 → −2.35): the platform's historical rule.
    case halfAwayFromZero
    /// Ties go to the even neighbour (banker's rounding).
    case halfEven
    /// Towards positive infinity (a ceiling).
    case up
    /// Towards negative infinity (a floor).
    case down
    /// Drops the extra digits.
    case towardZero

    /// Words for the site and for line items, e.g. "half away from zero".
    public var phrase: String {
        switch self {
        case .halfAwayFromZero: return "half away from zero"
        case .halfEven: return "half to even"
        case .up: return "up"
        case .down: return "down"
        case .towardZero: return "toward zero"
        }
    }
}

extension ExactDecimal {
    /// The value rounded to `places` decimal places.
    public func rounded(places: Int, mode: RoundingMode) -> ExactDecimal {
        precondition(places >= 0, "places must not be negative")
        guard scale > places else { return self }
        if let small = Int64(exactly: significand), scale - places <= 18 {
            return rounded64(small, places: places, mode: mode)
        }
        let divisor = Self.powersOfTen[scale - places]
        let (q, r) = significand.quotientAndRemainder(dividingBy: divisor)
        if r == 0 { return ExactDecimal(significand: q, scale: places) }
        let positive = significand > 0
        let twiceRemainder = r.magnitude * 2
        let half = twiceRemainder == divisor.magnitude
        let aboveHalf = twiceRemainder > divisor.magnitude
        let awayFromZero = mode.roundsAwayFromZero(positive: positive, half: half, aboveHalf: aboveHalf, quotientIsOdd: q % 2 != 0)
        let adjusted = awayFromZero ? q + (positive ? 1 : -1) : q
        return ExactDecimal(significand: adjusted, scale: places)
    }
}

extension ExactDecimal {
    /// `rounded(places:mode:)` for a significand that fits in 64 bits: the same decisions,
    /// without 128-bit division (a library call).
    @usableFromInline
    func rounded64(_ significand: Int64, places: Int, mode: RoundingMode) -> ExactDecimal {
        let divisor = Int64(Self.powersOfTen[scale - places])
        let (q, r) = significand.quotientAndRemainder(dividingBy: divisor)
        if r == 0 { return ExactDecimal(significand: Int128(q), scale: places) }
        let positive = significand > 0
        let twiceRemainder = r.magnitude * 2
        let half = twiceRemainder == divisor.magnitude
        let aboveHalf = twiceRemainder > divisor.magnitude
        let awayFromZero = mode.roundsAwayFromZero(positive: positive, half: half, aboveHalf: aboveHalf, quotientIsOdd: q % 2 != 0)
        let adjusted = awayFromZero ? q + (positive ? 1 : -1) : q
        return ExactDecimal(significand: Int128(adjusted), scale: places)
    }
}

extension RoundingMode {
    /// Whether a value with a non-zero remainder moves away from zero: the one decision both
    /// the 128-bit and the 64-bit rounding paths make.
    @usableFromInline
    func roundsAwayFromZero(positive: Bool, half: Bool, aboveHalf: Bool, quotientIsOdd: Bool) -> Bool {
        switch self {
        case .towardZero: return false
        case .up: return positive
        case .down: return !positive
        case .halfAwayFromZero: return aboveHalf || half
        case .halfEven: return aboveHalf || (half && quotientIsOdd)
        }
    }
}
