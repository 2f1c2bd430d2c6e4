import Foundation

extension ExactDecimal: CustomStringConvertible, LosslessStringConvertible {
    /// Parses plain or scientific decimal notation: `3`, `-0.07`, `1.16666`, `2.5e-3`, `+4`.
    /// Returns `nil` for anything else (empty, `NaN`, `1,5`, too many digits to hold exactly).
    public init?(_ text: String) {
        var utf8 = Substring(text).utf8[...]
        guard !utf8.isEmpty else { return nil }
        var negative = false
        if let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            utf8 = utf8.dropFirst()
        }
        var sig: Int128 = 0
        var scale = 0
        var digits = 0
        var seenPoint = false
        var exponent = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let c = utf8[index]
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                let (m, o1) = sig.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(Int128(c - UInt8(ascii: "0")))
                if o1 || o2 { return nil }
                sig = s
                digits += 1
                if seenPoint { scale += 1 }
            } else if c == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                guard digits > 0, let e = Int(String(decoding: utf8[utf8.index(after: index)...], as: UTF8.self)),
                      abs(e) <= 60 else { return nil }
                exponent = e
                index = utf8.endIndex
                break
            } else {
                return nil
            }
            index = utf8.index(after: index)
        }
        guard digits > 0 else { return nil }
        if negative { sig = -sig }
        scale -= exponent
        if scale < 0 {
            guard let v = ExactDecimal(significand: sig, scale: 0).multiplied(
                by: ExactDecimal(normalizedSignificand: Self.powersOfTen[min(-scale, 37)], scale: 0)) else { return nil }
            self = v
            return
        }
        // Normalise first: "1.50000…0" with many zeros must still fit.
        while scale > Self.maxScale {
            let (q, r) = sig.quotientAndRemainder(dividingBy: 10)
            if r != 0 { return nil }
            sig = q
            scale -= 1
        }
        self.init(significand: sig, scale: scale)
    }

    /// Canonical plain notation, no exponent, no trailing zeros: `3`, `3.5`, `0.07`, `-1.25`.
    public var description: String {
        if scale == 0 { return String(significand) }
        let digits = String(significand.magnitude)
        let sign = significand < 0 ? "-" : ""
        if digits.count > scale {
            let split = digits.index(digits.endIndex, offsetBy: -scale)
            return sign + digits[..<split] + "." + digits[split...]
        }
        return sign + "0." + String(repeating: "0", count: scale - digits.count) + digits
    }

    /// Fixed notation with exactly `places` decimals after rounding half away from zero,
    /// e.g. `3.5` with 2 places is `3.50`. For display; the canonical form is `description`.
    public func formatted(places: Int) -> String {
        let r = rounded(places: places, mode: .halfAwayFromZero)
        guard places > 0 else { return r.description }
        let text = r.description
        if let dot = text.firstIndex(of: ".") {
            let have = text.distance(from: text.index(after: dot), to: text.endIndex)
            return text + String(repeating: "0", count: places - have)
        }
        return text + "." + String(repeating: "0", count: places)
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
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a finite decimal number")
        }
        self = value
    }

    /// Encodes as a JSON string, so consumers in any language get every digit.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
