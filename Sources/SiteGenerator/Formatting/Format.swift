import TokenPricing

/// All number and money formatting of the site. Templates never format anything: they get
/// finished strings (display text plus the raw canonical value for `data-value`).
enum Format {
    /// The decimals a cost is shown with.
    static let costPlaces = 2

    /// A cost for display: two decimals, half away from zero (`3.5` → `3.50`).
    static func cost(_ value: ExactDecimal) -> String { value.formatted(places: costPlaces) }

    /// A cost range: `0.50–3.00`, or a single value when both ends agree.
    static func costRange(min: ExactDecimal, max: ExactDecimal) -> String {
        min == max ? cost(min) : "\(cost(min))–\(cost(max))"
    }

    /// An integer with thousands separators: `12,004`.
    static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return value < 0 ? "-" + out : out
    }

    /// A duration in seconds: `45 s`, `2 min`, `2 min 5 s`, `1 h 3 min`.
    static func duration(seconds: Int) -> String {
        if seconds < 60 { return "\(seconds) s" }
        if seconds < 3600 {
            let m = seconds / 60, s = seconds % 60
            return s == 0 ? "\(m) min" : "\(m) min \(s) s"
        }
        let h = seconds / 3600, m = (seconds % 3600) / 60
        return m == 0 ? "\(h) h" : "\(h) h \(m) min"
    }

    /// `1 model`, `3 models`.
    static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(integer(n)) \(n == 1 ? noun : (plural ?? noun + "s"))"
    }

    /// The first 8 characters of a record id, for the short `code.recordid` form.
    static func shortId(_ id: String) -> String { String(id.prefix(8)) }

    /// A parameter value as a table cell shows it: strings bare, others as JSON-like text.
    static func value(_ value: ParameterValue) -> String { value.plainText }

    /// `true`/`false` as `yes`/`no`.
    static func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }

    /// A file size in binary units as the platform's limits are set: "10 MiB", "200 MiB",
    /// "1.5 KiB", "512 bytes".
    static func bytes(_ n: Int) -> String {
        let units = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (size, name) in units where n >= size {
            let value = ExactDecimal(n).divided(by: ExactDecimal(size)) ?? ExactDecimal(n / size)
            return "\(value.rounded(places: 1, mode: .halfAwayFromZero)) \(name)"
        }
        return count(n, "byte")
    }

    /// Seconds as written in a limit: "22 s", "0.5 s", "4 min" (240 s).
    static func seconds(_ s: ExactDecimal) -> String {
        if s >= 60, let minutes = s.divided(by: 60), minutes.rounded(places: 0, mode: .towardZero) == minutes { return "\(minutes) min" }
        return "\(s) s"
    }
}

/// A cost as tables show it: display text, the canonical raw value for `data-value`,
/// whether the display rounds the exact value, and the money it is worth (`TokenUnit`).
struct CostText: Hashable, Sendable {
    /// `3.50`, or `—` when there is no value.
    var text: String
    /// `3.5`, or empty when there is no value.
    var raw: String
    /// Whether `text` is a rounded form of `raw`.
    var inexact: Bool
    /// `0.035 USD`: the exact money value, or empty when the unit has none (or no value).
    var money: String

    /// Formats `value` once; `unit` adds its money value when it has one.
    init(_ value: ExactDecimal?, unit: TokenUnit) {
        money = value.flatMap(unit.money) ?? ""
        if let value {
            text = Format.cost(value)
            raw = value.description
            // Values are normalised (no trailing zeros), so the display rounds exactly when the
            // value has more places than it shows.
            inexact = value.scale > Format.costPlaces
        } else {
            text = "—"
            raw = ""
            inexact = false
        }
    }

    /// The Mustache view (`text`, `raw`, `inexact`, `money`, `hasMoney`), for
    /// `partials/cost-cell` and `partials/money`.
    var context: Ctx { ["text": text, "raw": raw, "inexact": inexact, "money": money, "hasMoney": !money.isEmpty] }
}
