/// Horizontal bar charts as inline SVG, built from escaped parts. Readable without scripts:
/// the `<title>`/`<desc>` carry every value for assistive technology, each bar has a tooltip
/// `<title>`, and the value is printed beside the bar.
enum BarChart {
    struct Bar {
        var label: String
        var value: Int
        /// Tooltip, e.g. `Kie.ai: 40 models`.
        var tooltip: String
    }

    static let width = 640
    static let labelWidth = 190
    static let rowHeight = 26
    static let barHeight = 18
    static let maxLabelCharacters = 28

    /// The SVG for `bars`. `id` must be unique on the page (it prefixes the title/desc ids).
    static func svg(id: String, title: String, bars: [Bar]) -> SafeHTML {
        let height = max(1, bars.count) * rowHeight + 12
        let top = max(1, bars.map(\.value).max() ?? 1)
        let barSpace = width - labelWidth - 70
        let desc = bars.isEmpty ? "No data." : bars.map { "\($0.label): \($0.value)" }.joined(separator: "; ") + "."
        var s = "<svg viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\""
        s += " aria-labelledby=\"\(id)-title \(id)-desc\">"
        s += "<title id=\"\(id)-title\">\(Escape.html(title))</title>"
        s += "<desc id=\"\(id)-desc\">\(Escape.html(desc))</desc>"
        s += "<line class=\"axis\" x1=\"\(labelWidth).5\" y1=\"4\" x2=\"\(labelWidth).5\" y2=\"\(height - 4)\"/>"
        for (i, bar) in bars.enumerated() {
            let y = 8 + i * rowHeight
            let w = bar.value == 0 ? 0 : max(2, bar.value * barSpace / top)
            let mid = y + barHeight / 2
            var label = bar.label
            if label.count > maxLabelCharacters { label = String(label.prefix(maxLabelCharacters - 1)) + "…" }
            s += "<text x=\"\(labelWidth - 8)\" y=\"\(mid)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(Escape.html(label))</text>"
            s += "<rect class=\"bar\" x=\"\(labelWidth + 1)\" y=\"\(y)\" width=\"\(w)\" height=\"\(barHeight)\" rx=\"3\">"
            s += "<title>\(Escape.html(bar.tooltip))</title></rect>"
            s += "<text class=\"value\" x=\"\(labelWidth + 1 + w + 6)\" y=\"\(mid)\" dominant-baseline=\"middle\">\(bar.value)</text>"
        }
        s += "</svg>"
        return SafeHTML(trusted: s)
    }
}
