/// A heading found in a Markdown document.
public struct DocHeading: Sendable, Hashable {
    /// The heading level, 1 (`#`) through 6 (`######`).
    public let level: Int
    /// The heading's plain text: markup and raw HTML removed, line breaks turned into spaces.
    public let text: String
    /// The heading's `id` in the rendered HTML: a GitHub-style slug, unique within its document.
    public let anchor: String
    /// The 1-based source line where the heading starts.
    public let line: Int

    /// Creates a heading record.
    public init(level: Int, text: String, anchor: String, line: Int) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.line = line
    }
}
