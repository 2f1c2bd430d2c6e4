/// Makes GitHub-style heading anchors, unique within one document.
///
/// Follows github-slugger so links written against GitHub's rendering keep working: lowercase,
/// each space becomes `-`, punctuation and symbols are dropped, Unicode letters, marks and digits
/// are kept, and hyphens are not collapsed. Repeats get `-1`, `-2`, … suffixes.
struct HeadingSlugger {
    /// How many times each base slug has been handed out, as github-slugger counts them.
    private var occurrences: [String: Int] = [:]

    /// The slug used when a heading has no letters or digits at all; an empty `id` is invalid HTML.
    static let fallback = "section"

    /// Returns the next unique anchor for a heading with the given plain text.
    mutating func anchor(for text: String) -> String {
        var base = Self.slug(text)
        if base.isEmpty { base = Self.fallback }
        var candidate = base
        // Loop rather than a single suffix: "a", "a", "a-1" must still come out unique.
        while occurrences[candidate] != nil {
            let count = (occurrences[base] ?? 0) + 1
            occurrences[base] = count
            candidate = "\(base)-\(count)"
        }
        occurrences[candidate] = 0
        return candidate
    }

    /// The GitHub slug of `text`, without uniqueness handling; may be empty.
    static func slug(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " || scalar == "-" {
                result.append("-")
            } else if scalar == "_" || isWordScalar(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Letters, combining marks and digits of any script count as part of a word.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
