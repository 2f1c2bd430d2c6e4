import Foundation

/// Renders CommonMark to HTML through libcmark, collecting headings and links on the way.
///
/// Never fails: invalid UTF-8 is replaced with U+FFFD, and every input renders to some HTML.
public enum MarkdownRenderer {
    /// Renders Markdown bytes.
    /// - Parameters:
    ///   - source: The Markdown document, ideally UTF-8.
    ///   - options: Rendering options; smart punctuation on and raw HTML off by default.
    ///   - linkRewriter: Called with each link and image destination as written; return the
    ///     destination to use in the HTML, or `nil` to keep it. Dangerous schemes such as
    ///     `javascript:` are still emptied afterwards unless ``MarkdownOptions/allowRawHTML``.
    /// - Returns: The HTML body and what was found in the document.
    public static func render(
        _ source: [UInt8],
        options: MarkdownOptions = MarkdownOptions(),
        linkRewriter: (String) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        ParsedMarkdown(source: source, options: options).render(linkRewriter: linkRewriter)
    }

    /// Renders Markdown bytes held in `Data`; see the `[UInt8]` overload.
    public static func render(
        _ source: Data,
        options: MarkdownOptions = MarkdownOptions(),
        linkRewriter: (String) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        render([UInt8](source), options: options, linkRewriter: linkRewriter)
    }

    /// Renders a Markdown string; see the `[UInt8]` overload.
    public static func render(
        _ source: String,
        options: MarkdownOptions = MarkdownOptions(),
        linkRewriter: (String) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        render(Array(source.utf8), options: options, linkRewriter: linkRewriter)
    }
}
