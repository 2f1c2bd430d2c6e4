import Integrity
import MarkdownDocs

/// Why the site could not be generated or built. Every case names what to fix.
public enum SiteGenerationError: Error, Sendable, CustomStringConvertible {
    /// The integrity check found errors (listed); the build refuses to publish them.
    case integrityErrors([IntegrityFinding])
    /// Docs have error-level problems (broken links, unreadable files).
    case docErrors([DocProblem])
    /// The page templates could not be loaded or failed their lint (one problem per line).
    case templates(String)
    /// A template used names its context does not define.
    case missingVariables(template: String, page: String, names: [String])
    /// Two things would be written to the same path.
    case pathCollision(path: String, first: String, second: String)
    /// The site configuration is invalid.
    case config(SiteConfigError)
    /// Reading or writing a file failed.
    case io(path: String, message: String)
    /// The output folder exists, is not empty and was not made by this generator.
    case outputNotOwned(path: String)
    /// The output path is unusable (a file, the root, inside the sources…).
    case invalidOutput(path: String, message: String)
    /// Publishing stopped halfway on a file system that cannot swap folders atomically: the
    /// previous site is NOT in place; `message` says where it is. Every other case leaves the
    /// previous site untouched.
    case publishIncomplete(path: String, message: String)

    public var description: String {
        switch self {
        case .integrityErrors(let findings):
            let lines = findings.map { f -> String in
                var location = f.file ?? ""
                if let line = f.line { location += ":\(line)"; if let c = f.column { location += ":\(c)" } }
                return "  \(location.isEmpty ? "" : location + ": ")error: [\(f.rule)] \(f.message)"
            }
            return "the integrity check found \(findings.count) error\(findings.count == 1 ? "" : "s"); the site is not built:\n" + lines.joined(separator: "\n")
        case .docErrors(let problems):
            return "docs have \(problems.count) error\(problems.count == 1 ? "" : "s"); the site is not built:\n"
                + problems.map { "  \($0)" }.joined(separator: "\n")
        case .templates(let message):
            return "page templates: \(message)"
        case .missingVariables(let template, let page, let names):
            return "template '\(template)' (page \(page)) uses \(names.map { "'\($0)'" }.joined(separator: ", ")), which its view model does not define"
        case .pathCollision(let path, let first, let second):
            return "two pages would be written to '\(path)': \(first) and \(second)"
        case .config(let error):
            return error.description
        case .io(let path, let message):
            return "\(path): \(message)"
        case .outputNotOwned(let path):
            return "refusing to replace '\(path)': it is not empty and has no .admin-site marker, so it was not made by admin-site (empty it or choose another folder)"
        case .invalidOutput(let path, let message):
            return "output '\(path)': \(message)"
        case .publishIncomplete(let path, let message):
            return "output '\(path)': publishing stopped halfway: \(message)"
        }
    }
}
