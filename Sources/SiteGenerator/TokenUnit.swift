import TokenPricing

/// What one unit of every price on the site is: its display name and, when the platform
/// knows it, what one unit is worth in money. Read from `site.json`'s `token` object:
///
/// ```json
/// "token": {"name": "token", "moneyValue": "0.01", "currency": "USD"}
/// ```
///
/// `moneyValue` is an exact decimal string (a JSON number would go through `Double` in most
/// readers, and `0.1` is not a binary fraction); `currency` is an ISO 4217 code and comes
/// with `moneyValue`. Without `moneyValue` the site shows token amounts only.
public struct TokenUnit: Codable, Sendable, Hashable {
    /// The unit's name in the singular, as prices are labelled: `token`, `credit`.
    public var name: String
    /// The plural (`name` + `s` when not given).
    public var plural: String
    /// What one unit is worth in `currency`, exactly; `nil` when unknown.
    public var moneyValue: ExactDecimal?
    /// The ISO 4217 code of `moneyValue` (`USD`, `EUR`); `nil` without a money value.
    public var currency: String?

    /// Creates a unit; `plural` defaults to `name` + `s`.
    public init(name: String = "token", plural: String? = nil, moneyValue: ExactDecimal? = nil, currency: String? = nil) {
        self.name = name
        self.plural = plural ?? name + "s"
        self.moneyValue = moneyValue
        self.currency = currency
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, plural, moneyValue, currency
    }

    /// Reads the `token` object; `moneyValue` must be a string of exact decimal text.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? "token"
        plural = try c.decodeIfPresent(String.self, forKey: .plural) ?? name + "s"
        currency = try c.decodeIfPresent(String.self, forKey: .currency)
        if c.contains(.moneyValue), (try? c.decodeNil(forKey: .moneyValue)) != true {
            guard let text = try? c.decode(String.self, forKey: .moneyValue) else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: c.codingPath + [CodingKeys.moneyValue],
                    debugDescription: "expected a decimal string such as \"0.01\" (a JSON number is not read exactly)"))
            }
            guard case .value(let value) = ExactDecimal.parse(text), !text.contains(where: { $0 == "e" || $0 == "E" }) else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: c.codingPath + [CodingKeys.moneyValue],
                    debugDescription: "expected an exact decimal such as \"0.01\", found '\(text)'"))
            }
            moneyValue = value
        } else {
            moneyValue = nil
        }
    }

    /// Writes `moneyValue` as its canonical decimal string.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(plural, forKey: .plural)
        try c.encodeIfPresent(moneyValue?.description, forKey: .moneyValue)
        try c.encodeIfPresent(currency, forKey: .currency)
    }

    /// Problems of the values, as (key under `token`, message): a name, a positive money
    /// value, an ISO 4217 currency code given exactly when the money value is.
    func problems() -> [(key: String, message: String)] {
        var out: [(String, String)] = []
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { out.append(("name", "must not be empty")) }
        if plural.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { out.append(("plural", "must not be empty")) }
        if let moneyValue, moneyValue <= ExactDecimal(0) {
            out.append(("moneyValue", "expected a positive amount, found '\(moneyValue)'"))
        }
        switch (moneyValue, currency) {
        case (.some, nil):
            out.append(("currency", "missing: a moneyValue needs its ISO 4217 currency code (e.g. \"USD\")"))
        case (nil, .some):
            out.append(("moneyValue", "missing: a currency is given without the amount one token is worth"))
        case (_, let code?) where code.count != 3 || !code.allSatisfy({ $0.isASCII && $0.isUppercase }):
            out.append(("currency", "expected an ISO 4217 code of three capital letters (e.g. \"USD\"), found '\(code)'"))
        default:
            break
        }
        return out
    }

    /// The money `tokens` are worth, exactly, as `0.035 USD` (at least two decimals, every
    /// digit of the product kept); `nil` without a money value or when the product overflows.
    public func money(_ tokens: ExactDecimal) -> String? {
        guard let moneyValue, let currency, let amount = tokens.multiplied(by: moneyValue) else { return nil }
        return TokenUnit.plain(amount, minPlaces: 2) + " " + currency
    }

    /// The money of a price range, `0.005–0.03 USD` (one amount when both ends agree); empty
    /// without a money value or a range.
    func moneyRange(min: ExactDecimal?, max: ExactDecimal?) -> String {
        guard let min, let max, let moneyValue, let currency,
              let lo = min.multiplied(by: moneyValue), let hi = max.multiplied(by: moneyValue) else { return "" }
        let a = TokenUnit.plain(lo, minPlaces: 2), b = TokenUnit.plain(hi, minPlaces: 2)
        return (a == b ? a : "\(a)–\(b)") + " " + currency
    }

    /// `rangeMoney` and `hasRangeMoney` (prefixed by `prefix`) for a range's money.
    func rangeContext(_ prefix: String, min: ExactDecimal?, max: ExactDecimal?) -> Ctx {
        let text = moneyRange(min: min, max: max)
        var ctx = Ctx()
        ctx[CtxKey(prefix + "Money")] = text
        ctx[CtxKey("has" + prefix.prefix(1).uppercased() + prefix.dropFirst() + "Money")] = !text.isEmpty
        return ctx
    }

    /// `value` in plain notation with at least `minPlaces` decimals and no rounding.
    static func plain(_ value: ExactDecimal, minPlaces: Int) -> String {
        let text = value.description
        let places = text.firstIndex(of: ".").map { text.distance(from: text.index(after: $0), to: text.endIndex) } ?? -1
        if places >= minPlaces { return text }
        return (places < 0 ? text + "." : text) + String(repeating: "0", count: minPlaces - max(places, 0))
    }

    /// `1 token`, `3.50 tokens`: the unit's name for an amount shown as `text`.
    func label(for text: String) -> String {
        text == "1" ? "1 \(name)" : "\(text) \(plural)"
    }
}
