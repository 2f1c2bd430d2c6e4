/// One line of a docs index: what to show and where to link.
public struct DocsIndexEntry: Sendable, Hashable {
    /// The page title.
    public let title: String
    /// The page's output path relative to the docs output folder.
    public let outputPath: String
    /// The source file's path relative to the docs root.
    public let sourcePath: String

    /// Creates an index entry.
    public init(title: String, outputPath: String, sourcePath: String) {
        self.title = title
        self.outputPath = outputPath
        self.sourcePath = sourcePath
    }
}
