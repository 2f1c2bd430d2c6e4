import CCMark

/// Options that control how Markdown is turned into HTML.
///
/// Every render validates UTF-8: libcmark replaces invalid byte sequences with U+FFFD, so
/// documents with bad bytes still render instead of failing.
public struct MarkdownOptions: Sendable, Hashable {
    /// Turns straight quotes into curly quotes, `--` into an en dash and `---` into an em dash.
    public var smartPunctuation: Bool

    /// Lets raw HTML and dangerous URL schemes (`javascript:`, `vbscript:`, `file:`, `data:`)
    /// through to the output.
    ///
    /// Off by default: libcmark then replaces raw HTML with `<!-- raw HTML omitted -->` and
    /// empties dangerous link targets, which keeps untrusted docs from injecting script.
    public var allowRawHTML: Bool

    /// Creates rendering options.
    /// - Parameters:
    ///   - smartPunctuation: Typographic quotes and dashes; on by default.
    ///   - allowRawHTML: Pass raw HTML and dangerous URLs through; off by default.
    public init(smartPunctuation: Bool = true, allowRawHTML: Bool = false) {
        self.smartPunctuation = smartPunctuation
        self.allowRawHTML = allowRawHTML
    }

    /// The libcmark option bits for both parsing and rendering (cmark shares one bit set).
    var cmarkOptions: Int32 {
        var bits = CMARK_OPT_VALIDATE_UTF8
        if smartPunctuation { bits |= CMARK_OPT_SMART }
        if allowRawHTML { bits |= CMARK_OPT_UNSAFE }
        return bits
    }
}
