import TokenPricing

/// A quotient of two exact decimals, kept exact: the decimal when the division terminates
/// (`10 / 4 = 2.5`), else a value rounded to `ExactRatio.places` decimals, half away from
/// zero, with the exact fraction in lowest terms beside it (`10 / 3` is `3.333333`, exactly
/// `10/3`). The site never shows a rounded quotient without saying so.
struct ExactRatio: Hashable, Sendable {
    /// The decimals a quotient that does not terminate is rounded to.
    static let places = 6

    /// The exact quotient, or `nil` when its decimal expansion does not end.
    let exact: ExactDecimal?
    /// The quotient to show and sort by: `exact`, or the rounded value.
    let value: ExactDecimal
    /// The fraction in lowest terms (`10/3`) when the quotient does not terminate.
    let fraction: String?

    /// `numerator / denominator`, or `nil` for a denominator of 0 (or below) or numbers too
    /// large to divide exactly in 128 bits.
    init?(_ numerator: ExactDecimal, _ denominator: ExactDecimal) {
        guard denominator > .zero else { return nil }
        if let q = numerator.divided(by: denominator) {
            exact = q
            value = q
            fraction = nil
            return
        }
        // Both as integers at one scale: n / d.
        let scale = max(numerator.scale, denominator.scale)
        guard let n = ExactRatio.integer(numerator, scale: scale), let d = ExactRatio.integer(denominator, scale: scale) else { return nil }
        let g = ExactRatio.gcd(n.magnitude, d.magnitude)
        let (rn, rd) = (n / Int128(g), d / Int128(g))
        // round(n / d, places) = (n × 10^places + d/2 away from zero) / d.
        var scaled = rn
        for _ in 0..<ExactRatio.places {
            let (m, o) = scaled.multipliedReportingOverflow(by: 10)
            if o { return nil }
            scaled = m
        }
        let (q, r) = scaled.quotientAndRemainder(dividingBy: rd)
        let away = r.magnitude * 2 >= rd.magnitude
        let rounded = away ? q + (scaled < 0 ? -1 : 1) : q
        exact = nil
        value = ExactDecimal(significand: rounded, scale: ExactRatio.places)
        fraction = "\(rn)/\(rd)"
    }

    private static func integer(_ x: ExactDecimal, scale: Int) -> Int128? {
        var v = x.significand
        for _ in 0..<(scale - x.scale) {
            let (m, o) = v.multipliedReportingOverflow(by: 10)
            if o { return nil }
            v = m
        }
        return v
    }

    private static func gcd(_ x: UInt128, _ y: UInt128) -> UInt128 {
        var a = x, b = y
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }

    /// The decimal string an API gives: the exact quotient, or the rounded one (then
    /// `fraction` says it is not exact).
    var text: String { value.description }

    /// The quotient for a table: at least 2 and at most 4 decimals (`0.40`, `0.1667`), with
    /// `inexact` when that rounds, and a title with the exact value or fraction.
    var display: (text: String, inexact: Bool, title: String) {
        let places = min(max(2, value.scale), 4)
        let shown = value.formatted(places: places)
        if let fraction { return (shown, true, "exactly \(fraction) (≈ \(value))") }
        return (shown, value.scale > places, "exactly \(value)")
    }
}
