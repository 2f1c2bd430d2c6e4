import Foundation

extension ExactDecimal: CustomStringConvertible, LosslessStringConvertible {
    /// Parses plain or scientific decimal notation: `3`, `-0.07`, `1.16666`, `2.5e-3`, `+4`.
    /// Returns `nil` for anything else (empty, `NaN`, `1,5`) and for any number this type
    /// cannot hold exactly (more than 38 significant digits, more than `maxScale` decimal
    /// places, beyond `Int128`): never a nearby value. `ExactDecimal.parse(_:)` says why.
    public init?(_ text: String) {
        guard case .value(let v) = Self.parse(text) else { return nil }
        self = v
    }

    /// What reading decimal text gave: the exact value, text that is not a number, or a
    /// number that cannot be held exactly (with the reason).
    public enum ParseResult: Sendable, Hashable {
        /// The exact value.
        case value(ExactDecimal)
        /// The text is not decimal notation.
        case malformed
        /// The text is a number, but no `ExactDecimal` equals it; the reason in words.
        case notExact(String)
    }

    /// Reads decimal text, telling malformed text from numbers that cannot be held exactly.
    public static func parse(_ text: String) -> ParseResult {
        var text = text
        return text.withUTF8 { parse(utf8: $0, strict: false) }
    }

    /// The one parser behind `init?(_:)` and the exact JSON reader. `strict` demands JSON's
    /// number grammar (`-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`); otherwise a leading
    /// `+`, a bare `.5` or `5.` and leading zeros are accepted too.
    ///
    /// The value is `D × 10^e` with `D` the digits without leading or trailing zeros, so
    /// `1.5000…0` with any number of zeros and `0.000…01` are read exactly; the digits are
    /// counted before any arithmetic, so nothing is ever rounded or cut.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, strict: Bool) -> ParseResult {
        let n = bytes.count
        var i = 0
        var negative = false
        if i < n, bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        else if !strict, i < n, bytes[i] == UInt8(ascii: "+") { i += 1 }
        // Integer part.
        let intStart = i
        while i < n, bytes[i] &- 48 < 10 { i += 1 }
        let intEnd = i
        if strict {
            guard intEnd > intStart else { return .malformed }
            if bytes[intStart] == UInt8(ascii: "0") && intEnd - intStart > 1 { return .malformed }
        }
        var fracStart = i, fracEnd = i
        if i < n, bytes[i] == UInt8(ascii: ".") {
            i += 1
            fracStart = i
            while i < n, bytes[i] &- 48 < 10 { i += 1 }
            fracEnd = i
            if strict && fracEnd == fracStart { return .malformed }
        }
        guard intEnd > intStart || fracEnd > fracStart else { return .malformed }
        var exponent = 0
        var hugeExponent = false
        if i < n, bytes[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            var expNegative = false
            if i < n, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
                expNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            let expStart = i
            while i < n, bytes[i] &- 48 < 10 {
                if exponent < 1_000_000 { exponent = exponent * 10 + Int(bytes[i] &- 48) } else { hugeExponent = true }
                i += 1
            }
            guard i > expStart else { return .malformed }
            if expNegative { exponent = -exponent }
        }
        guard i == n else { return .malformed }

        // Significant digits: skip leading zeros (of the integer part, then of the fraction
        // when the integer part is all zeros) and trailing zeros (of the fraction, then of
        // the integer part when the fraction is all zeros).
        @inline(__always) func digit(_ k: Int) -> UInt8 { bytes[k] &- 48 }
        // Positions run over the integer digits then the fraction digits.
        let intCount = intEnd - intStart, fracCount = fracEnd - fracStart
        @inline(__always) func at(_ k: Int) -> UInt8 { k < intCount ? digit(intStart + k) : digit(fracStart + k - intCount) }
        var first = 0, last = intCount + fracCount
        while first < last, at(first) == 0 { first += 1 }
        if first == last { return .value(.zero) }
        while at(last - 1) == 0 { last -= 1 }
        // value = digits[first..<last] × 10^(exponent − (digits after the point from `last`)).
        let significantDigits = last - first
        if hugeExponent { return .notExact("its exponent is out of range") }
        // Decimal places of the last significant digit: positive inside the fraction.
        let placesOfLast = last - intCount  // may be negative (trailing zeros of the integer part)
        let scale = placesOfLast - exponent
        func tooMany() -> ParseResult {
            .notExact("it has \(significantDigits) significant digits, more than the 38 held exactly")
        }
        if significantDigits > 39 { return tooMany() }
        var sig: Int128 = 0
        for k in first..<last {
            let (m, o1) = sig.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int128(at(k)))
            if o1 || o2 { return tooMany() }
            sig = s
        }
        if negative { sig = -sig }
        if scale > maxScale {
            return .notExact("it has \(scale) decimal places; at most \(maxScale) are held exactly")
        }
        if scale >= 0 { return .value(ExactDecimal(normalizedSignificand: sig, scale: scale)) }
        // An integer with trailing zeros: multiply, refusing overflow.
        var value = sig
        var zeros = -scale
        while zeros > 0 {
            let step = Swift.min(zeros, 37)
            let (m, o) = value.multipliedReportingOverflow(by: powersOfTen[step])
            if o { return .notExact("it is beyond the largest number held exactly (about 1.7e38)") }
            value = m
            zeros -= step
        }
        return .value(ExactDecimal(normalizedSignificand: value, scale: 0))
    }

    /// Canonical plain notation, no exponent, no trailing zeros: `3`, `3.5`, `0.07`, `-1.25`.
    public var description: String {
        // The digits from a 64-bit value when the magnitude fits, as nearly every price does:
        // printing a 128-bit integer divides in 128 bits, digit by digit.
        let magnitude = significand.magnitude
        let digits = magnitude <= UInt128(UInt64.max) ? String(UInt64(magnitude)) : String(magnitude)
        let negative = significand < 0
        if scale == 0 { return negative ? "-" + digits : digits }
        let count = digits.utf8.count
        var out = ""
        out.reserveCapacity(count + scale + 3)
        if negative { out += "-" }
        if count > scale {
            let split = digits.utf8.index(digits.utf8.startIndex, offsetBy: count - scale)
            out += digits[..<split]
            out += "."
            out += digits[split...]
        } else {
            out += "0."
            for _ in 0..<(scale - count) { out += "0" }
            out += digits
        }
        return out
    }

    /// Fixed notation with exactly `places` decimals after rounding half away from zero,
    /// e.g. `3.5` with 2 places is `3.50`. For display; the canonical form is `description`.
    public func formatted(places: Int) -> String {
        let r = rounded(places: places, mode: .halfAwayFromZero)
        guard places > 0 else { return r.description }
        // After rounding, the value has at most `places` decimals: its scale (trailing zeros
        // are normalised away, so the text has exactly that many).
        var text = r.description
        text.reserveCapacity(text.utf8.count + places - r.scale + 1)
        if r.scale == 0 { text += "." }
        for _ in r.scale..<places { text += "0" }
        return text
    }

    /// Exact conversion from Foundation's `Decimal` (through its decimal text).
    public init?(_ decimal: Decimal) {
        guard decimal.isFinite else { return nil }
        self.init(decimal.description)
    }

    /// The value as a Foundation `Decimal` (exact for up to 38 significant digits).
    public var decimalValue: Decimal {
        Decimal(string: description, locale: Locale(identifier: "en_US_POSIX")) ?? 0
    }
}

extension ExactDecimal: ExpressibleByStringLiteral {
    /// A decimal literal written as text, so no digit passes through `Double`: `"1.16666"`.
    /// An invalid literal is a programming error in a model file and traps; every model file
    /// is loaded by the test suite.
    public init(stringLiteral value: String) {
        guard let parsed = ExactDecimal(value) else {
            preconditionFailure("'\(value)' is not a decimal literal")
        }
        self = parsed
    }
}

extension ExactDecimal: Codable {
    /// Decodes from a JSON string (`"3.5"`, preferred: no binary floating point on the way) or
    /// a JSON number (read through `Decimal`, which keeps the digits as written).
    public init(from decoder: any Decoder) throws {
        if let tree = decoder as? TreeDecoder {
            self = try ParameterValueDecoder.decode(ExactDecimal.self, fromPrimitive: tree)
            return
        }
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let value = ExactDecimal(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a decimal number, found \"\(text)\"")
            }
            self = value
            return
        }
        if let integer = try? container.decode(Int.self) {
            self.init(integer)
            return
        }
        let decimal = try container.decode(Decimal.self)
        guard let value = ExactDecimal(decimal) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a finite decimal number of at most 37 significant digits (or a string)")
        }
        self = value
    }

    /// Encodes as a JSON string, so consumers in any language get every digit.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
