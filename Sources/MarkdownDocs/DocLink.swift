/// A link or image found in a Markdown document, before any rewriting.
public struct DocLink: Sendable, Hashable {
    /// The destination as written (after Markdown backslash and entity unescaping, which is what
    /// libcmark stores; percent-encoding is left untouched).
    public let destination: String
    /// The 1-based source line where the link starts.
    public let line: Int
    /// The 1-based source column where the link starts, counted in UTF-8 bytes as libcmark does.
    public let column: Int
    /// Whether this is an image (`![alt](src)`) rather than a link.
    public let isImage: Bool

    /// Creates a link record.
    public init(destination: String, line: Int, column: Int, isImage: Bool = false) {
        self.destination = destination
        self.line = line
        self.column = column
        self.isImage = isImage
    }
}
