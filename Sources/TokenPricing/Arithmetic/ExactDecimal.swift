/// An exact decimal number: an integer significand scaled by a power of ten.
///
/// Token prices must be exact: `0.1 × 3` is `0.3`, never `0.30000000000000004`. Foundation's
/// `Decimal` is exact too but costs about a microsecond per operation; an `Int128` significand
/// with a decimal scale is exact and two orders of magnitude faster, which matters for services
/// that price millions of calls.
///
/// Values are always kept normalised (no trailing zeros in the significand while the scale is
/// positive), so equal numbers have equal representations and `==`/`hashValue` are structural.
public struct ExactDecimal: Sendable, Hashable {
    /// The integer significand: the value is `significand / 10^scale`.
    public let significand: Int128
    /// The number of decimal places, `0...maxScale`.
    public let scale: Int

    /// The largest scale kept. A product with more places than this overflows rather than
    /// silently losing digits.
    public static let maxScale = 30

    /// Zero.
    public static let zero = ExactDecimal(normalizedSignificand: 0, scale: 0)
    /// One.
    public static let one = ExactDecimal(normalizedSignificand: 1, scale: 0)

    @usableFromInline
    init(normalizedSignificand: Int128, scale: Int) {
        self.significand = normalizedSignificand
        self.scale = scale
    }

    /// Creates `significand / 10^scale`, normalising trailing zeros away.
    /// - Precondition: `0 <= scale <= maxScale`.
    @inlinable
    public init(significand: Int128, scale: Int) {
        precondition(scale >= 0 && scale <= Self.maxScale, "ExactDecimal scale out of range")
        var sig = significand
        var sc = scale
        // Prices fit in 64 bits: there a division by 10 is a multiplication, where a 128-bit
        // one is a library call that costs more than the rest of a price.
        if sc > 0, let small = Int64(exactly: sig) {
            var s = small
            while sc > 0 {
                let (q, r) = s.quotientAndRemainder(dividingBy: 10)
                if r != 0 { break }
                s = q
                sc -= 1
            }
            self.init(normalizedSignificand: Int128(s), scale: sc)
            return
        }
        while sc > 0 {
            let (q, r) = sig.quotientAndRemainder(dividingBy: 10)
            if r != 0 { break }
            sig = q
            sc -= 1
        }
        self.init(normalizedSignificand: sig, scale: sc)
    }

    /// Creates an integral value.
    public init(_ integer: Int) {
        self.init(normalizedSignificand: Int128(integer), scale: 0)
    }

    /// `true` when the value has no fractional part.
    public var isInteger: Bool { scale == 0 }

    /// `true` when the value is below zero.
    public var isNegative: Bool { significand < 0 }

    /// The value as an `Int` when it is integral and fits, else `nil`.
    public var intValue: Int? {
        guard scale == 0, significand >= Int128(Int.min), significand <= Int128(Int.max) else { return nil }
        return Int(significand)
    }

    @usableFromInline
    static let powersOfTen: [Int128] = {
        var powers: [Int128] = [1]
        for _ in 0..<37 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    /// The significand expressed at a larger scale, or `nil` on overflow.
    @inlinable
    func significand(atScale target: Int) -> Int128? {
        if target == scale { return significand }
        let (v, overflow) = significand.multipliedReportingOverflow(by: Self.powersOfTen[target - scale])
        return overflow ? nil : v
    }
}

// MARK: - Arithmetic

extension ExactDecimal {
    /// The sum, or `nil` when it does not fit.
    @inlinable
    public func adding(_ other: ExactDecimal) -> ExactDecimal? {
        let target = max(scale, other.scale)
        guard let a = significand(atScale: target), let b = other.significand(atScale: target) else { return nil }
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : ExactDecimal(significand: sum, scale: target)
    }

    /// The difference, or `nil` when it does not fit.
    @inlinable
    public func subtracting(_ other: ExactDecimal) -> ExactDecimal? {
        adding(ExactDecimal(normalizedSignificand: -other.significand, scale: other.scale))
    }

    /// The exact product, or `nil` when it does not fit (more than `maxScale` places or an
    /// `Int128` overflow).
    @inlinable
    public func multiplied(by other: ExactDecimal) -> ExactDecimal? {
        if other.significand == 1 && other.scale == 0 { return self }
        let (product, overflow) = significand.multipliedReportingOverflow(by: other.significand)
        if overflow { return nil }
        let newScale = scale + other.scale
        if newScale > Self.maxScale {
            // Trailing zeros may bring it back in range.
            var sig = product
            var sc = newScale
            while sc > Self.maxScale {
                let (q, r) = sig.quotientAndRemainder(dividingBy: 10)
                if r != 0 { return nil }
                sig = q
                sc -= 1
            }
            return ExactDecimal(significand: sig, scale: sc)
        }
        if newScale == 0 { return ExactDecimal(normalizedSignificand: product, scale: 0) }
        return ExactDecimal(significand: product, scale: newScale)
    }

    /// The exact quotient when it has a finite decimal expansion within `maxScale` places
    /// (e.g. `7 / 4 = 1.75`), or `nil` (e.g. `1 / 3`, or division by zero).
    public func divided(by divisor: ExactDecimal) -> ExactDecimal? {
        guard divisor.significand != 0 else { return nil }
        // self / divisor = (a / b) × 10^(divisor.scale − self.scale)
        var a = significand
        var b = divisor.significand
        if b < 0 { a = -a; b = -b }
        let g = Self.gcd(a.magnitude, b.magnitude)
        a /= Int128(g)
        b /= Int128(g)
        var twos = 0, fives = 0
        while b % 2 == 0 { b /= 2; twos += 1 }
        while b % 5 == 0 { b /= 5; fives += 1 }
        guard b == 1 else { return nil }
        // a / (2^twos × 5^fives) = a × 2^(k−twos) × 5^(k−fives) / 10^k
        let k = max(twos, fives)
        var sig = a
        for _ in 0..<(k - twos) {
            let (v, o) = sig.multipliedReportingOverflow(by: 2); if o { return nil }; sig = v
        }
        for _ in 0..<(k - fives) {
            let (v, o) = sig.multipliedReportingOverflow(by: 5); if o { return nil }; sig = v
        }
        var sc = scale + k - divisor.scale
        if sc < 0 {
            guard let v = ExactDecimal(normalizedSignificand: sig, scale: 0).multiplied(
                by: ExactDecimal(normalizedSignificand: Self.powersOfTen[-sc], scale: 0)) else { return nil }
            return v
        }
        while sc > Self.maxScale {
            let (q, r) = sig.quotientAndRemainder(dividingBy: 10)
            if r != 0 { return nil }
            sig = q; sc -= 1
        }
        return ExactDecimal(significand: sig, scale: sc)
    }

    static func gcd(_ x: UInt128, _ y: UInt128) -> UInt128 {
        var a = x, b = y
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }

    /// The smallest integer not below the value.
    public var ceiling: ExactDecimal { rounded(places: 0, mode: .up) }

    /// The sum; traps on overflow like `Int`'s `+`. Pricing code uses `adding(_:)`.
    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        guard let v = lhs.adding(rhs) else { preconditionFailure("ExactDecimal overflow in +") }
        return v
    }

    /// The difference; traps on overflow like `Int`'s `-`.
    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        guard let v = lhs.subtracting(rhs) else { preconditionFailure("ExactDecimal overflow in -") }
        return v
    }

    /// The product; traps on overflow like `Int`'s `*`. Pricing code uses `multiplied(by:)`.
    public static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        guard let v = lhs.multiplied(by: rhs) else { preconditionFailure("ExactDecimal overflow in *") }
        return v
    }
}

extension ExactDecimal: Comparable {
    /// Orders by value, whatever the scales.
    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let target = max(lhs.scale, rhs.scale)
        if let a = lhs.significand(atScale: target), let b = rhs.significand(atScale: target) {
            return a < b
        }
        // Scaling overflowed: the signs and integer parts decide.
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        let li = lhs.significand / powersOfTen[lhs.scale], ri = rhs.significand / powersOfTen[rhs.scale]
        return li < ri
    }
}

extension ExactDecimal: ExpressibleByIntegerLiteral {
    /// An integer literal is an exact decimal.
    public init(integerLiteral value: Int) { self.init(value) }
}
