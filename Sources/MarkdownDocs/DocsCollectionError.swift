/// Why a docs collection could not be loaded at all (problems inside docs are ``DocProblem``s).
public enum DocsCollectionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The docs root does not exist or is not a directory.
    case rootNotADirectory(path: String)
    /// The docs root exists but its listing could not be read.
    case unreadableDirectory(path: String, reason: String)

    /// A message fit for a command-line error.
    public var description: String {
        switch self {
        case .rootNotADirectory(let path):
            return "docs folder '\(path)' does not exist or is not a directory"
        case .unreadableDirectory(let path, let reason):
            return "cannot list docs folder '\(path)': \(reason)"
        }
    }
}
