/// The result of rendering one Markdown document.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The HTML body (no `<html>`/`<body>` wrapper). Headings carry `id` attributes matching
    /// ``DocHeading/anchor``; fenced code keeps libcmark's `class="language-…"`.
    public let html: String
    /// The plain text of the first level-1 heading, or of the first heading of any level when
    /// there is no level-1 heading; `nil` when the document has no heading with text.
    public let title: String?
    /// Every heading, in document order.
    public let headings: [DocHeading]
    /// Every link and image, in document order, with destinations as written (before rewriting).
    public let links: [DocLink]
    /// The 1-based lines where something that looks like a GFM pipe table starts. libcmark has no
    /// table extension, so such a table is rendered as a plain paragraph.
    public let pipeTableLines: [Int]
    /// The 1-based line of the first invalid UTF-8 sequence, or `nil` when the input was valid.
    /// Invalid bytes are replaced with U+FFFD in the output.
    public let invalidUTF8Line: Int?

    /// Whether the document contains text that looks like a GFM pipe table.
    public var containsPipeTable: Bool { !pipeTableLines.isEmpty }

    /// Whether the input contained invalid UTF-8 (replaced with U+FFFD).
    public var containsInvalidUTF8: Bool { invalidUTF8Line != nil }

    /// Creates a render result.
    public init(
        html: String,
        title: String?,
        headings: [DocHeading],
        links: [DocLink],
        pipeTableLines: [Int] = [],
        invalidUTF8Line: Int? = nil
    ) {
        self.html = html
        self.title = title
        self.headings = headings
        self.links = links
        self.pipeTableLines = pipeTableLines
        self.invalidUTF8Line = invalidUTF8Line
    }
}
