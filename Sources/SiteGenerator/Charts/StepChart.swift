import TokenPricing

/// A price over time as a step chart in inline SVG, built from escaped parts: the price holds
/// until the next change. Time runs left to right in proportion to the commits' dates, up to
/// the newest commit of the history (never the clock). Prices are placed with exact integer
/// arithmetic (no `Double`). The `<title>`/`<desc>` list every step for assistive technology,
/// and each step's dot has a tooltip; the table beside it has the same data.
enum StepChart {
    /// One change: when, and the price from then on (`nil`: no price, or the model removed).
    struct Step {
        var timestamp: Int
        var day: String
        var value: ExactDecimal?
    }

    static let width = 640
    static let height = 170
    static let left = 70
    static let right = 16
    static let top = 12
    static let bottom = 30

    /// The SVG for `steps` (oldest first), drawn up to `end` (a timestamp). `id` must be unique
    /// on the page (it prefixes the title/desc ids); `unit` labels each point's value.
    static func svg(id: String, title: String, steps: [Step], end: Int, endDay: String, unit: String) -> SafeHTML {
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let start = steps.first?.timestamp ?? end
        let span = max(1, max(end, steps.last?.timestamp ?? end) - start)
        func x(_ t: Int) -> Int { left + (t - start) * plotWidth / span }
        let values = steps.compactMap(\.value)
        let lo = values.min(), hi = values.max()
        func y(_ v: ExactDecimal) -> Int {
            guard let lo, let hi, lo != hi, let offset = scaled(hi, minus: v, over: hi, minus: lo, into: plotHeight) else {
                return top + plotHeight / 2
            }
            return top + offset
        }
        let desc = steps.isEmpty ? "No change recorded."
            : steps.map { "\($0.day): \(HistoryText.price($0.value))" }.joined(separator: "; ") + "."
        var s = "<svg class=\"step-chart\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\""
        s += " aria-labelledby=\"\(id)-title \(id)-desc\">"
        s += "<title id=\"\(id)-title\">\(Escape.html(title))</title>"
        s += "<desc id=\"\(id)-desc\">\(Escape.html(desc))</desc>"
        s += "<line class=\"axis\" x1=\"\(left)\" y1=\"\(top + plotHeight).5\" x2=\"\(width - right)\" y2=\"\(top + plotHeight).5\"/>"
        if let lo, let hi {
            s += "<text class=\"value\" x=\"\(left - 6)\" y=\"\(y(hi))\" text-anchor=\"end\" dominant-baseline=\"middle\">\(Escape.html(hi.description))</text>"
            if lo != hi {
                s += "<text class=\"value\" x=\"\(left - 6)\" y=\"\(y(lo))\" text-anchor=\"end\" dominant-baseline=\"middle\">\(Escape.html(lo.description))</text>"
            }
        }
        if let first = steps.first {
            s += "<text x=\"\(left)\" y=\"\(height - 8)\">\(Escape.html(first.day))</text>"
            if endDay != first.day {
                s += "<text x=\"\(width - right)\" y=\"\(height - 8)\" text-anchor=\"end\">\(Escape.html(endDay))</text>"
            }
        }
        // The line: each price holds until the next step; a missing price breaks it.
        var path = ""
        var last: Int? = nil
        for (i, step) in steps.enumerated() {
            let x0 = x(step.timestamp), x1 = i + 1 < steps.count ? x(steps[i + 1].timestamp) : x(start + span)
            guard let v = step.value else { last = nil; continue }
            let yv = y(v)
            if last == nil { path += "M\(x0) \(yv)" } else if last != yv { path += "V\(yv)" }
            if x1 > x0 { path += "H\(x1)" }
            last = yv
        }
        if !path.isEmpty { s += "<path class=\"step\" d=\"\(path)\" fill=\"none\"/>" }
        for step in steps {
            guard let v = step.value else { continue }
            s += "<circle class=\"dot\" cx=\"\(x(step.timestamp))\" cy=\"\(y(v))\" r=\"3.5\">"
            s += "<title>\(Escape.html("\(step.day): \(v) \(unit)"))</title></circle>"
        }
        s += "</svg>"
        return SafeHTML(trusted: s)
    }

    /// `(a - b) * pixels / (c - d)` for exact decimals, rounded down; `nil` on overflow or a
    /// zero divisor.
    static func scaled(_ a: ExactDecimal, minus b: ExactDecimal, over c: ExactDecimal, minus d: ExactDecimal, into pixels: Int) -> Int? {
        let scale = max(a.scale, b.scale, c.scale, d.scale)
        guard let a = significand(a, at: scale), let b = significand(b, at: scale),
              let c = significand(c, at: scale), let d = significand(d, at: scale) else { return nil }
        let (difference, o1) = a.subtractingReportingOverflow(b)
        let (numerator, o2) = difference.multipliedReportingOverflow(by: Int128(pixels))
        let (divisor, o3) = c.subtractingReportingOverflow(d)
        guard !o1, !o2, !o3, divisor != 0 else { return nil }
        return Int(numerator / divisor)
    }

    /// The significand of `value` at a scale at least its own, or `nil` on overflow.
    static func significand(_ value: ExactDecimal, at target: Int) -> Int128? {
        var v = value.significand
        for _ in 0..<max(0, target - value.scale) {
            let (m, o) = v.multipliedReportingOverflow(by: 10)
            if o { return nil }
            v = m
        }
        return v
    }
}
