import Foundation

/// Thousands separators: `5,000,000`.
func grouped(_ n: Int) -> String {
    let digits = String(n)
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
        out.append(c)
    }
    return out
}

/// Calls per second in words: `5.73 M/s`, `31.0 k/s`.
func rate(_ r: Double) -> String {
    if r >= 1e6 { return String(format: "%.2f M/s", r / 1e6) }
    if r >= 1e3 { return String(format: "%.1f k/s", r / 1e3) }
    return String(format: "%.0f /s", r)
}

/// `s` padded with spaces to `width` characters, on the left when `right`.
func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
    let count = s.count
    guard count < width else { return s }
    let fill = String(repeating: " ", count: width - count)
    return right ? fill + s : s + fill
}
