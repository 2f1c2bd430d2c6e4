/// One Markdown file of a docs collection, rendered and checked.
public struct DocPage: Sendable, Hashable {
    /// The minimum number of level 2–3 headings before a page gets a table of contents; shorter
    /// pages are easier to scan without one.
    public static let tableOfContentsThreshold = 3

    /// The file's path relative to the docs root, as found on disk, `/`-separated.
    public let sourcePath: String
    /// The page's safe, relative output path (for example `dir/some-doc.html`), relative to the
    /// docs output folder. Always lowercase slugs ending in `.html`; never escapes the folder.
    public let outputPath: String
    /// The first heading's text, or a title made from the file name when there is no heading.
    public let title: String
    /// The rendered HTML body, with links between docs rewritten to output paths.
    public let html: String
    /// Every heading, in document order.
    public let headings: [DocHeading]
    /// The level 2–3 headings, when there are at least ``tableOfContentsThreshold``; else empty.
    public let tableOfContents: [DocHeading]
    /// Problems found in this doc, ordered by position (file-level problems first).
    public let problems: [DocProblem]

    /// Whether the page should show a table of contents.
    public var hasTableOfContents: Bool { !tableOfContents.isEmpty }

    /// Creates a page; the table of contents is derived from `headings`.
    public init(
        sourcePath: String,
        outputPath: String,
        title: String,
        html: String,
        headings: [DocHeading],
        problems: [DocProblem]
    ) {
        self.sourcePath = sourcePath
        self.outputPath = outputPath
        self.title = title
        self.html = html
        self.headings = headings
        let sections = headings.filter { (2...3).contains($0.level) }
        self.tableOfContents = sections.count >= Self.tableOfContentsThreshold ? sections : []
        self.problems = problems
    }
}
